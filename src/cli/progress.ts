/**
 * The progress bar of `vanban validate` on a terminal: one line on stderr, redrawn in place.
 *
 * @module
 */

/** Where the bar is drawn: stderr, or a stand-in in tests. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(chunk: string): unknown;
}

/** The bar's handle: `tick` per file done, `clear` before other output shares the line, `end` at the end. */
export interface Progress {
  tick(): void;
  clear(): void;
  end(): void;
}

const BAR_WIDTH = 30;

/**
 * The progress line for `done` files of `total` (undefined while the total is unknown), fitted to
 * `columns`: `████████░░░░░░░░  1234/2000 files  61%`, or `1234 files` without a total.
 *
 * @example
 * ```ts
 * renderProgress(500, 2000);   // "███████░░░░░░░░░░░░░░░░░░░░░░░  500/2000 files  25%"
 * renderProgress(500);         // "500 files"
 * ```
 */
export function renderProgress(done: number, total?: number, columns = 80): string {
  if (total === undefined || total <= 0) return `${done} files`;
  const fraction = Math.min(1, done / total);
  const count = `${done}/${total} files`;
  // Floored, so 100% means every file is done.
  const percent = `${Math.floor(fraction * 100)}%`;
  const width = Math.max(0, Math.min(BAR_WIDTH, columns - 1 - count.length - percent.length - 4));
  const filled = Math.floor(fraction * width);
  const bar = width > 0 ? `${'█'.repeat(filled)}${'░'.repeat(width - filled)}  ` : '';
  return `${bar}${count}  ${percent}`;
}

const SILENT: Progress = { tick() {}, clear() {}, end() {} };

/**
 * A bar on `stream`, only for a person watching: a terminal, and `CI` unset (CI logs keep every
 * `\r` redraw). `countTotal` is called only then. Redrawn at most every 100 ms.
 */
export function progressBar(
  stream: ProgressStream,
  env: Readonly<Record<string, string | undefined>>,
  countTotal?: () => number,
): Progress {
  if (!stream.isTTY || env['CI'] !== undefined) return SILENT;
  const total = countTotal?.();
  let done = 0;
  let shownAt = 0;
  let drawn = false;
  const clear = () => {
    if (drawn) stream.write('\r\x1b[K');
    drawn = false;
  };
  return {
    tick() {
      done++;
      const now = Date.now();
      if (now - shownAt < 100) return;
      shownAt = now;
      // A terminal that does not say its width (a bare pty) is taken as 80 columns.
      stream.write(`\r${renderProgress(done, total, stream.columns || 80)}\x1b[K`);
      drawn = true;
    },
    clear,
    end: clear,
  };
}
