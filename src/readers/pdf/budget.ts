import { LimitExceededError } from '../../errors.js';
import { PdfError } from './errors.js';

/**
 * The time budget and abort signal of one read. pdfjs runs in the calling thread, so a timer alone
 * could wait behind its work: the budget is also checked on every message between pdfjs's two sides
 * and between pages, and every awaited pdfjs promise is raced against {@link Budget.stopped}.
 *
 * @module
 */
export class Budget {
  private readonly deadline: number;
  private failure: Error | undefined;
  private readonly stop: (error: Error) => void;
  /** Rejects with the reason once the budget is spent or the signal aborts. */
  readonly stopped: Promise<never>;
  private readonly timer: ReturnType<typeof setTimeout>;

  constructor(
    private readonly timeoutMs: number,
    private readonly signal: AbortSignal | undefined,
  ) {
    this.deadline = Date.now() + timeoutMs;
    let reject!: (error: Error) => void;
    this.stopped = new Promise<never>((_, r) => (reject = r));
    // Nobody may be racing it yet when it rejects.
    this.stopped.catch(() => undefined);
    this.stop = reject;
    this.timer = setTimeout(() => this.check(), timeoutMs);
    signal?.addEventListener('abort', () => this.check(), { once: true });
  }

  /** Records a failure when the time is up or the signal aborted; true while the read may go on. */
  check(): boolean {
    if (this.failure) return false;
    if (this.signal?.aborted)
      this.fail(new PdfError('pdf/aborted', 'The PDF read was aborted', { cause: this.signal.reason }));
    else if (Date.now() > this.deadline)
      this.fail(
        new LimitExceededError(
          'timeoutMs',
          Date.now() - this.deadline + this.timeoutMs,
          this.timeoutMs,
          'PDF read time in ms',
        ),
      );
    return !this.failure;
  }

  /** Stops the read with `error` (a limit broken inside a page). */
  fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    this.stop(error);
  }

  /** Throws the failure, if any. */
  throwIfStopped(): void {
    if (!this.check()) throw this.failure!;
  }

  /** `promise`, or the budget's failure if that comes first. */
  async guard<T>(promise: Promise<T>): Promise<T> {
    this.throwIfStopped();
    return Promise.race([promise, this.stopped]);
  }

  /** Clears the timer. */
  dispose(): void {
    clearTimeout(this.timer);
  }
}
