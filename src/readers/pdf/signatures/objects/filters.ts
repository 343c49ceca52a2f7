/**
 * Stream filters needed to read cross-reference and object streams (ISO 32000-1 §7.4): FlateDecode
 * with PNG or no predictor, and ASCIIHexDecode. Output is bounded by a limit so a small stream
 * cannot inflate into gigabytes.
 *
 * @module
 */

import { Inflate } from 'fflate';
import { LimitExceededError } from '../../../../errors.js';
import { PdfSyntaxError } from './syntax-error.js';
import { dictOf, isDict, isName, isNumber, type PdfDict, type PdfStream, type PdfValue } from './values.js';

/** Input is fed to the inflater in chunks this size, so one push yields at most ~1000 × more. */
const INFLATE_CHUNK = 4096;

/**
 * The decoded data of `stream`. `maxBytes` bounds the output; over it a {@link LimitExceededError}
 * names `limitName`. Unsupported filters and corrupt data throw {@link PdfSyntaxError}.
 */
export function decodeStream(
  stream: PdfStream,
  maxBytes: number,
  limitName: string,
  resolve: (v: PdfValue | undefined) => PdfValue | undefined = (v) => v,
): Uint8Array {
  const filterValue = resolve(stream.dict.entries.get('Filter'));
  const filters = Array.isArray(filterValue) ? filterValue.map((f) => resolve(f)) : [filterValue];
  const parmsValue = resolve(stream.dict.entries.get('DecodeParms'));
  const parms = Array.isArray(parmsValue) ? parmsValue.map((p) => resolve(p)) : [parmsValue];
  let data = stream.data;
  for (let i = 0; i < filters.length; i++) {
    const filter = filters[i];
    if (filter === undefined || filter === null) continue;
    if (!isName(filter)) throw new PdfSyntaxError('stream filter is not a name', 0);
    const parm = dictOf(parms[i] ?? undefined);
    if (filter.name === 'FlateDecode' || filter.name === 'Fl') {
      data = unpredict(inflate(data, maxBytes, limitName), parm);
    } else if (filter.name === 'ASCIIHexDecode' || filter.name === 'AHx') {
      data = asciiHexDecode(data);
    } else {
      throw new PdfSyntaxError(`unsupported stream filter ${filter.name}`, 0);
    }
  }
  return data;
}

/** Inflates zlib or raw deflate data, keeping what was produced before corrupt or truncated input. */
function inflate(data: Uint8Array, maxBytes: number, limitName: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let overLimit = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) overLimit = true;
    else chunks.push(chunk);
  });
  const [cmf = 0, flg = 0] = data;
  const isZlib = data.length >= 2 && (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0;
  const body = isZlib ? data.subarray(flg & 0x20 ? 6 : 2) : data;
  try {
    for (let at = 0; at < body.length && !overLimit; at += INFLATE_CHUNK) {
      const end = Math.min(body.length, at + INFLATE_CHUNK);
      inflater.push(body.subarray(at, end), end === body.length);
    }
    if (body.length === 0) inflater.push(body, true);
  } catch (error) {
    if (overLimit) throw new LimitExceededError(limitName, total, maxBytes, 'Decoded PDF stream size');
    if (total === 0) throw new PdfSyntaxError(`corrupt Flate data: ${(error as Error).message}`, 0);
  }
  if (overLimit) throw new LimitExceededError(limitName, total, maxBytes, 'Decoded PDF stream size');
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Reverses a PNG predictor (Predictor ≥ 10) given in the decode parameters; TIFF is refused. */
function unpredict(data: Uint8Array, parms: PdfDict | undefined): Uint8Array {
  if (!isDict(parms)) return data;
  const predictor = numberEntry(parms, 'Predictor', 1);
  if (predictor <= 1) return data;
  if (predictor === 2) throw new PdfSyntaxError('TIFF predictor not supported', 0);
  const colors = numberEntry(parms, 'Colors', 1);
  const bits = numberEntry(parms, 'BitsPerComponent', 8);
  const columns = numberEntry(parms, 'Columns', 1);
  const rowLength = Math.ceil((columns * colors * bits) / 8);
  const bpp = Math.max(1, Math.ceil((colors * bits) / 8));
  if (rowLength <= 0 || rowLength > 1 << 20) throw new PdfSyntaxError('bad predictor row length', 0);
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)];
    const src = r * (rowLength + 1) + 1;
    const dst = r * rowLength;
    const up = dst - rowLength;
    for (let i = 0; i < rowLength; i++) {
      const raw = data[src + i]!;
      const left = i >= bpp ? out[dst + i - bpp]! : 0;
      const above = r > 0 ? out[up + i]! : 0;
      const upperLeft = r > 0 && i >= bpp ? out[up + i - bpp]! : 0;
      let v: number;
      if (type === 0) v = raw;
      else if (type === 1) v = raw + left;
      else if (type === 2) v = raw + above;
      else if (type === 3) v = raw + ((left + above) >> 1);
      else if (type === 4) v = raw + paeth(left, above, upperLeft);
      else throw new PdfSyntaxError(`bad PNG predictor row type ${type}`, 0);
      out[dst + i] = v & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

function asciiHexDecode(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let high = -1;
  for (const c of data) {
    if (c === 0x3e) break;
    const v =
      c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 55 : c >= 0x61 && c <= 0x66 ? c - 87 : -1;
    if (v < 0) continue;
    if (high < 0) high = v;
    else {
      out.push(high * 16 + v);
      high = -1;
    }
  }
  if (high >= 0) out.push(high * 16);
  return Uint8Array.from(out);
}

function numberEntry(dict: PdfDict, key: string, fallback: number): number {
  const v = dict.entries.get(key);
  return isNumber(v) ? Math.trunc(v) : fallback;
}
