import type * as PdfjsApi from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PdfError } from './errors.js';

/**
 * pdfjs-dist, loaded on first use and run in the calling thread: its worker's message handler is
 * imported as a module and wired to the display side through an in-thread port, so no worker
 * thread is started and nothing is fetched (no worker script, fonts, CMaps or WebAssembly), in Node
 * and in browsers alike. The legacy build is used: the modern one needs Node 22 (DOMMatrix,
 * Promise.withResolvers). It installs core-js polyfills on load; the one it forces on Node 20,
 * Array.prototype.push (for a spec corner of arrays with a read-only length), makes every push of
 * the process about four times slower, so the native method is put back once the modules are loaded.
 *
 * @module
 */

type PdfjsModule = typeof PdfjsApi;

/** The worker module's only export the reader needs. */
interface WorkerModule {
  readonly WorkerMessageHandler: { initializeFromPort(port: unknown): void };
}

/** pdfjs's display API and the worker's message handler. */
export interface Pdfjs {
  readonly api: PdfjsModule;
  readonly worker: WorkerModule;
}

let loading: Promise<Pdfjs> | undefined;

/** Loads pdfjs-dist once. @throws PdfError `pdf/unavailable` when the package cannot be imported. */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= importPdfjs().catch((cause: unknown) => {
    loading = undefined;
    throw new PdfError('pdf/unavailable', 'pdfjs-dist could not be loaded: install it to read PDF files', { cause });
  });
  return loading;
}

async function importPdfjs(): Promise<Pdfjs> {
  const push = Object.getOwnPropertyDescriptor(Array.prototype, 'push');
  // pdfjs builds a DOMMatrix when its module loads (for canvas rendering, which the reader never
  // does). Browsers have one; Node has one only when the optional native @napi-rs/canvas is
  // installed. Without it, a stand-in lets the module load, and is taken away again.
  const g = globalThis as { DOMMatrix?: unknown };
  const standIn = g.DOMMatrix === undefined;
  if (standIn) g.DOMMatrix = DomMatrixStandIn;
  try {
    const [api, worker] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      import('pdfjs-dist/legacy/build/pdf.worker.mjs') as Promise<WorkerModule>,
    ]);
    return { api, worker };
  } finally {
    if (push && Array.prototype.push !== push.value) Object.defineProperty(Array.prototype, 'push', push);
    if (standIn && g.DOMMatrix === DomMatrixStandIn) delete g.DOMMatrix;
  }
}

/** The identity matrix, all pdfjs asks of DOMMatrix when it loads. */
class DomMatrixStandIn {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
}

type Listener = (event: { data: unknown }) => void;

/**
 * A glyph outline the worker sends for the canvas to draw with when font faces are disabled
 * (pdfjs's "commonobj" message of type "FontPath", one for every glyph used): the reader never
 * draws, and cloning them was a tenth of a signed letter's read.
 */
function isGlyphPath(data: unknown): boolean {
  const message = data as { action?: unknown; data?: unknown } | null;
  return message?.action === 'commonobj' && Array.isArray(message.data) && message.data[1] === 'FontPath';
}

/**
 * Both ends of the display–worker channel in one object, as pdfjs's own fake worker has it: a
 * message is structured-cloned (the worker empties its operator arrays once sent) and delivered
 * after the current task. `onMessage` sees every message first, so that a read's budget (time,
 * abort signal) is checked between two of them even while the worker side keeps the thread busy.
 */
export class InThreadPort {
  private readonly listeners = new Set<Listener>();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly onMessage: (data: unknown) => void) {}

  postMessage(data: unknown, transfer?: Transferable[]): void {
    if (isGlyphPath(data)) return;
    const event = { data: structuredClone(data, transfer ? { transfer } : undefined) };
    this.queue = this.queue.then(() => {
      try {
        this.onMessage(event.data);
        for (const listener of this.listeners) listener.call(this, event);
      } catch {
        // A listener's failure is pdfjs's to report through its own promises; the channel stays open.
      }
    });
  }

  addEventListener(_type: string, listener: Listener): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: string, listener: Listener): void {
    this.listeners.delete(listener);
  }

  terminate(): void {
    this.listeners.clear();
  }
}

/** An opened document and how to close it. */
export interface OpenedPdf {
  readonly document: PDFDocumentProxy;
  readonly close: () => Promise<void>;
}

/** What {@link openPdf} needs. */
export interface OpenPdfParams {
  readonly bytes: Uint8Array;
  readonly password?: string;
  readonly maxImagePixels: number;
  /** Called on every message between the two sides (the read's budget ticks there). */
  readonly onMessage: (data: unknown) => void;
}

/**
 * Opens `bytes` with pdfjs in the safest configuration: no eval (fonts are not compiled to
 * functions), no font faces or system fonts, no fetches, no XFA, scripting never started (the
 * display API runs no JavaScript; form actions and embedded files are never read).
 *
 * @throws PdfError `pdf/encrypted` (password needed or wrong), `pdf/invalid` (not a PDF).
 */
export async function openPdf(pdfjs: Pdfjs, params: OpenPdfParams): Promise<OpenedPdf> {
  const port = new InThreadPort(params.onMessage);
  pdfjs.worker.WorkerMessageHandler.initializeFromPort(port);
  // The typings want a DOM Worker (or null); any object with postMessage and listeners works.
  const worker = new pdfjs.api.PDFWorker({ port: port as unknown as null, verbosity: 0 });
  let task: PDFDocumentLoadingTask | undefined;
  const close = async () => {
    await task?.destroy().catch(() => undefined);
    worker.destroy();
    port.terminate();
  };
  try {
    task = pdfjs.api.getDocument({
      // A plain copy: pdfjs transfers the buffer it is given (the caller's array would be emptied),
      // and refuses a Node Buffer (whose slice() would not even copy).
      data: new Uint8Array(params.bytes),
      worker,
      ...(params.password !== undefined && { password: params.password }),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      useWorkerFetch: false,
      useWasm: false,
      enableXfa: false,
      disableAutoFetch: true,
      disableStream: true,
      disableRange: true,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      maxImageSize: params.maxImagePixels,
      stopAtErrors: false,
      verbosity: 0,
    });
    const document = await task.promise;
    return { document, close };
  } catch (cause) {
    await close();
    throw asPdfError(cause);
  }
}

/** pdfjs's exceptions as PdfError; a PdfError (or any VanbanError) thrown by a check passes through. */
export function asPdfError(cause: unknown): Error {
  if (cause instanceof Error && 'code' in cause && typeof cause.code === 'string' && cause.code.includes('/'))
    return cause;
  const name = cause instanceof Error ? cause.name : '';
  const message = cause instanceof Error ? cause.message : String(cause);
  if (name === 'PasswordException')
    return new PdfError(
      'pdf/encrypted',
      `The PDF is encrypted and ${/incorrect/iu.test(message) ? 'the password given is wrong' : 'needs a password (option password)'}`,
      { cause },
    );
  return new PdfError('pdf/invalid', `Not a readable PDF: ${message}`, { cause });
}
