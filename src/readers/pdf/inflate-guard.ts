import { Unzlib } from 'fflate';
import { LimitExceededError } from '../../errors.js';

/**
 * A decompression bomb guard. pdfjs inflates a stream into one growing buffer and has no limit on
 * it, so a 1 MB file can make it allocate gigabytes. Before pdfjs sees the file, the Flate streams
 * are inflated here as streams (the platform's DecompressionStream, else fflate in steps), output
 * counted and thrown away, and the read is refused past
 * `maxDecodedBytes`. Chained Flate filters are inflated stage by stage. Skipped when even the worst
 * ratio (1032:1 a stage) cannot reach the limit. Streams of an encrypted file or with other filters
 * (LZW, DCT, JBIG2) are not checked: image filters are bounded by pdfjs's `maxImageSize`. An image
 * stream is not inflated: pdfjs decodes no more of it than its pixels, whose count its dictionary
 * gives (a soft mask's too, which `maxImageSize` does not bound), so that count is checked instead.
 *
 * @module
 */

// The best ratio deflate reaches (258-byte matches in 2-bit codes).
const MAX_RATIO = 1032;
// Compressed bytes pushed at a time (fflate, where the platform has no DecompressionStream): the
// output of one push stays under 64 MB.
const STEP = 64 * 1024;
// How far before "stream" its dictionary may start.
const DICT_REACH = 4096;

const STREAM = bytesOf('stream');
const ENDSTREAM = bytesOf('endstream');

/** A Flate stream found in the file. */
interface FoundStream {
  readonly start: number;
  readonly end: number;
  /** How many Flate stages its filter chain starts with. */
  readonly stages: number;
  /** For an image: the most bytes pdfjs decodes of it (it reads no more than its pixels need). */
  readonly imageBytes?: number;
}

/** @throws LimitExceededError (limit `maxDecodedBytes`) when the Flate streams inflate to more than `max` bytes. */
export async function checkDecodedSize(bytes: Uint8Array, max: number): Promise<void> {
  const found = flateStreams(bytes);
  // An image is decoded for its pixels only, one page at a time: its size is known from its
  // dictionary and checked on its own. The other streams (page contents, fonts) are counted together.
  for (const s of found)
    if (s.imageBytes !== undefined && s.imageBytes > max)
      throw new LimitExceededError('maxDecodedBytes', s.imageBytes, max, 'Bytes of an image of the PDF');
  const streams = found.filter((s) => s.imageBytes === undefined);
  let worst = 0;
  for (const s of streams) worst += (s.end - s.start) * MAX_RATIO ** s.stages;
  if (worst <= max) return;
  let total = 0;
  for (const s of streams) {
    const data = bytes.subarray(s.start, s.end);
    // The platform's inflater where there is one (browsers, Node 18+): native and streamed.
    total +=
      typeof DecompressionStream === 'function'
        ? await nativeInflatedSize(data, s.stages, max - total)
        : inflatedSize(data, s.stages, max - total);
    if (total > max)
      throw new LimitExceededError('maxDecodedBytes', total, max, 'Bytes the PDF streams inflate to (at least)');
  }
}

/** Inflated size of `data` through `stages` zlib stages with DecompressionStream, stopped past `budget`. */
async function nativeInflatedSize(data: Uint8Array, stages: number, budget: number): Promise<number> {
  let stream: ReadableStream<Uint8Array> = new Blob([data as Uint8Array<ArrayBuffer>]).stream();
  for (let k = 0; k < stages; k++)
    stream = stream.pipeThrough(
      new DecompressionStream('deflate') as unknown as TransformStream<Uint8Array, Uint8Array>,
    );
  const reader = stream.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > budget) break;
    }
  } catch {
    // A stream that does not inflate (encrypted, damaged, trailing bytes) is pdfjs's to read or reject.
  } finally {
    reader.cancel().catch(() => undefined);
  }
  return size;
}

/** Inflated size of `data` through `stages` Flate stages, counting stopped once past `budget`. */
function inflatedSize(data: Uint8Array, stages: number, budget: number): number {
  let size = 0;
  let over = false;
  let broken = false;
  // The last stage counts; each stage feeds the next.
  const sinks: Unzlib[] = [];
  for (let k = stages - 1; k >= 0; k--) {
    const next = sinks[0];
    const stage = new Unzlib((chunk) => {
      if (over || broken) return;
      if (next) {
        try {
          for (let at = 0; at < chunk.length && !over; at += STEP) next.push(chunk.subarray(at, at + STEP));
        } catch {
          broken = true;
        }
      } else {
        size += chunk.length;
        if (size > budget) over = true;
      }
    });
    sinks.unshift(stage);
  }
  const first = sinks[0]!;
  try {
    for (let at = 0; at < data.length && !over && !broken; at += STEP)
      first.push(data.subarray(at, Math.min(data.length, at + STEP)), at + STEP >= data.length);
  } catch {
    // A stream that does not inflate (encrypted, damaged) is pdfjs's to read or reject.
  }
  return size;
}

/** The Flate streams of the file, found by their keywords (the cross-reference table may lie). */
function flateStreams(bytes: Uint8Array): FoundStream[] {
  const out: FoundStream[] = [];
  for (let at = indexOf(bytes, STREAM, 0); at >= 0; at = indexOf(bytes, STREAM, at + STREAM.length)) {
    // Not the end of "endstream".
    if (at >= 3 && bytes[at - 3] === 0x65 && bytes[at - 2] === 0x6e && bytes[at - 1] === 0x64) continue;
    let start = at + STREAM.length;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    const own = ownDictionary(bytes, at);
    const stages = flateStages(own);
    if (stages === 0) continue;
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/u.exec(own);
    let end = length ? start + Number(length[1]) : -1;
    if (end < start || end > bytes.length) {
      end = indexOf(bytes, ENDSTREAM, start);
      if (end < 0) end = bytes.length;
    }
    out.push({ start, end, stages, ...imageBytes(own) });
    at = Math.max(at, end - STREAM.length);
  }
  return out;
}

/** The decoded size of an image stream whose dictionary gives its size: 4 bytes a sample at most. */
function imageBytes(dict: string): { imageBytes?: number } {
  if (!/\/Subtype\s*\/Image\b/u.test(dict)) return {};
  const width = /\/Width\s+(\d+)(?!\s+\d+\s+R)/u.exec(dict);
  const height = /\/Height\s+(\d+)(?!\s+\d+\s+R)/u.exec(dict);
  if (!width || !height) return {};
  const bits = Number(/\/BitsPerComponent\s+(\d+)/u.exec(dict)?.[1] ?? 8);
  return { imageBytes: Number(width[1]) * Number(height[1]) * 4 * Math.max(1, bits / 8) };
}

/** The text from the last "obj" keyword before `at` (at most DICT_REACH bytes back) to `at`. */
function ownDictionary(bytes: Uint8Array, at: number): string {
  const from = Math.max(0, at - DICT_REACH);
  let open = from;
  for (let i = at - 3; i >= from; i--)
    if (bytes[i] === 0x6f && bytes[i + 1] === 0x62 && bytes[i + 2] === 0x6a) {
      open = i;
      break;
    }
  return latin1(bytes.subarray(open, at));
}

/** How many Flate filters the filter chain of `dict` starts with. */
function flateStages(dict: string): number {
  const m = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/u.exec(dict);
  if (!m) return 0;
  const names = m[1]!.match(/\/[A-Za-z0-9]+/gu) ?? [];
  let n = 0;
  for (const name of names) {
    if (name !== '/FlateDecode' && name !== '/Fl') break;
    n++;
  }
  return n;
}

function indexOf(hay: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0]!;
  for (let i = hay.indexOf(first, from); i >= 0 && i + needle.length <= hay.length; i = hay.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && hay[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

function bytesOf(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

const LATIN1 = new TextDecoder('latin1');

function latin1(bytes: Uint8Array): string {
  return LATIN1.decode(bytes);
}
