/**
 * A minimal PDF object store (ISO 32000-1 §7.5): reads the cross-reference chain from the last
 * `startxref` (tables, streams and hybrid files, following `/Prev`), resolves indirect objects,
 * including those in object streams, and falls back to scanning the file for `n g obj` headers when
 * the cross-reference data is missing or wrong, as viewers do. Never throws on content: problems are
 * collected in {@link PdfDocument.problems}. Only a decoded stream over the size limit throws.
 *
 * @module
 */

import { LimitExceededError } from '../../../../errors.js';
import { ascii, endsToken, indexOfBytes, isDigit, isWhiteSpace, lastIndexOfBytes } from './bytes.js';
import { decodeStream } from './filters.js';
import { isKeyword, PdfParser } from './parser.js';
import { PdfSyntaxError } from './syntax-error.js';
import { isDict, isName, isNumber, isRef, isStream, type PdfDict, type PdfValue } from './values.js';

/** Where an object lives, per the cross-reference data. */
export type XrefEntry =
  | { readonly type: 'offset'; readonly offset: number; readonly gen: number }
  | { readonly type: 'compressed'; readonly stream: number; readonly index: number };

/** One cross-reference section of the `/Prev` chain, newest first. */
export interface XrefSection {
  /** Byte offset of the section (`xref` keyword or the stream object). */
  readonly offset: number;
  /** A classic table or a cross-reference stream. */
  readonly kind: 'table' | 'stream';
  /** Whether it is the `/XRefStm` stream of a hybrid file's table (part of that table's revision). */
  readonly hybrid: boolean;
}

/** Something wrong in the file's structure, for the caller to turn into a diagnostic. */
export interface StructureProblem {
  /** Stable code, e.g. `pdf/xref-damaged`. */
  readonly code: string;
  /** What went wrong, in English (the caller words it for people). */
  readonly detail: string;
  /** Byte offset concerned, when known. */
  readonly offset?: number;
}

/** An indirect object as read: its number, generation, value and (for a top-level object) offset. */
export interface IndirectObject {
  /** Object number. */
  readonly num: number;
  /** Generation. */
  readonly gen: number;
  /** The value. */
  readonly value: PdfValue;
  /** File offset of `n g obj`, or undefined for an object inside an object stream. */
  readonly offset?: number;
  /** Offset just past the object's value (or stream data). */
  readonly end?: number;
}

/** Limits of the object store. */
export interface PdfDocumentLimits {
  /** Largest decoded cross-reference or object stream, in bytes. */
  readonly maxStreamBytes: number;
  /** Name of the option that sets {@link maxStreamBytes}, for the error message. */
  readonly maxStreamBytesName: string;
}

const MAX_PREV_CHAIN = 10_000;
const MAX_REF_HOPS = 32;

/** The object store of one PDF file. */
export class PdfDocument {
  /** The file. */
  readonly bytes: Uint8Array;
  /** Cross-reference entries by object number (newest revision wins). */
  readonly entries = new Map<number, XrefEntry>();
  /** Cross-reference sections found along the `/Prev` chain, newest first. */
  readonly sections: XrefSection[] = [];
  /** Problems met while reading structure. */
  readonly problems: StructureProblem[] = [];
  /** The newest trailer (or a synthetic one after a rebuild). */
  trailer: PdfDict | undefined;
  /** Whether the object table was rebuilt by scanning the file. */
  rebuilt = false;

  private readonly limits: PdfDocumentLimits;
  private readonly cache = new Map<number, IndirectObject | null>();
  private readonly resolving = new Set<number>();
  private readonly objectStreams = new Map<number, { data: Uint8Array; offsets: Map<number, number> } | null>();
  private scan: ScannedObjects | undefined;

  private constructor(bytes: Uint8Array, limits: PdfDocumentLimits) {
    this.bytes = bytes;
    this.limits = limits;
  }

  /** Opens `bytes`: reads the cross-reference chain, or rebuilds the table when it is unusable. */
  static open(bytes: Uint8Array, limits: PdfDocumentLimits): PdfDocument {
    const doc = new PdfDocument(bytes, limits);
    try {
      doc.readXrefChain();
    } catch (error) {
      if (error instanceof LimitExceededError) throw error;
      doc.problems.push({
        code: 'pdf/xref-damaged',
        detail: `cross-reference data unusable (${(error as Error).message}); objects found by scanning the file`,
        offset: error instanceof PdfSyntaxError ? error.offset : undefined,
      });
      doc.rebuild();
    }
    if (!doc.rebuilt && !isDict(doc.get(doc.trailer, 'Root'))) {
      doc.problems.push({
        code: 'pdf/xref-damaged',
        detail: 'the trailer names no readable catalog (/Root); objects found by scanning the file',
      });
      doc.rebuild();
    }
    return doc;
  }

  /** The object `num` (newest version), or undefined when it is missing or unreadable. */
  getObject(num: number): IndirectObject | undefined {
    const cached = this.cache.get(num);
    if (cached !== undefined) return cached ?? undefined;
    if (this.resolving.has(num)) return undefined; // a cycle, e.g. a /Length pointing into its own stream
    this.resolving.add(num);
    try {
      const found = this.loadObject(num);
      this.cache.set(num, found ?? null);
      return found;
    } finally {
      this.resolving.delete(num);
    }
  }

  /** Follows references until a direct value; undefined for a missing object or a reference loop. */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    let v = value;
    for (let hops = 0; isRef(v); hops++) {
      if (hops >= MAX_REF_HOPS) return undefined;
      v = this.getObject(v.num)?.value;
    }
    return v;
  }

  /** The resolved entry `key` of `dict`. */
  get(dict: PdfDict | undefined, key: string): PdfValue | undefined {
    return dict ? this.resolve(dict.entries.get(key)) : undefined;
  }

  /** Sorted offsets of every `n g obj` header in the file, for mapping a byte offset to its object. */
  objectHeaders(): readonly ScannedHeader[] {
    return this.scanned().headers;
  }

  /** Parses the top-level object whose header is at `offset` (not cached, not checked against the xref). */
  parseObjectAt(offset: number): IndirectObject | undefined {
    try {
      return this.parseIndirect(this.bytes, offset, true);
    } catch (error) {
      if (error instanceof LimitExceededError) throw error;
      return undefined;
    }
  }

  private loadObject(num: number): IndirectObject | undefined {
    const entry = this.entries.get(num);
    if (entry?.type === 'compressed') return this.loadCompressed(num, entry.stream, entry.index);
    if (entry?.type === 'offset') {
      try {
        const obj = this.parseIndirect(this.bytes, entry.offset, true);
        if (obj.num === num) return obj;
        this.problems.push({
          code: 'pdf/xref-offset-wrong',
          detail: `cross-reference entry of object ${num} points at object ${obj.num}`,
          offset: entry.offset,
        });
      } catch (error) {
        if (error instanceof LimitExceededError) throw error;
        this.problems.push({
          code: 'pdf/object-unreadable',
          detail: `object ${num}: ${(error as Error).message}`,
          offset: error instanceof PdfSyntaxError ? error.offset : entry.offset,
        });
      }
    }
    // Not in the table, or its entry is wrong: look where the scan found it.
    const scanned = this.scanned().latest.get(num);
    if (scanned === undefined || scanned === (entry?.type === 'offset' ? entry.offset : -1)) return undefined;
    try {
      return this.parseIndirect(this.bytes, scanned, true);
    } catch (error) {
      if (error instanceof LimitExceededError) throw error;
      return undefined;
    }
  }

  private loadCompressed(num: number, streamNum: number, index: number): IndirectObject | undefined {
    const stream = this.objectStream(streamNum);
    if (!stream) return undefined;
    const at = stream.offsets.get(num);
    if (at === undefined) {
      this.problems.push({
        code: 'pdf/object-unreadable',
        detail: `object ${num} is not in object stream ${streamNum} (index ${index})`,
      });
      return undefined;
    }
    try {
      const parser = new PdfParser(stream.data, at);
      const value = parser.parse();
      return { num, gen: 0, value: isKeyword(value) ? null : value };
    } catch (error) {
      this.problems.push({ code: 'pdf/object-unreadable', detail: `object ${num}: ${(error as Error).message}` });
      return undefined;
    }
  }

  private objectStream(streamNum: number): { data: Uint8Array; offsets: Map<number, number> } | undefined {
    if (this.objectStreams.has(streamNum)) return this.objectStreams.get(streamNum) ?? undefined;
    this.objectStreams.set(streamNum, null); // guards against a stream that refers to itself
    const obj = this.getObject(streamNum);
    if (!obj || !isStream(obj.value)) return undefined;
    try {
      const data = decodeStream(obj.value, this.limits.maxStreamBytes, this.limits.maxStreamBytesName, (v) =>
        this.resolve(v),
      );
      const n = this.get(obj.value.dict, 'N');
      const first = this.get(obj.value.dict, 'First');
      if (!isNumber(n) || !isNumber(first) || first > data.length) throw new PdfSyntaxError('bad /N or /First', 0);
      const offsets = new Map<number, number>();
      const header = new PdfParser(data.subarray(0, first));
      for (let i = 0; i < n; i++) {
        const objNum = header.readUnsigned();
        const rel = header.readUnsigned();
        if (objNum === null || rel === null) break;
        if (!offsets.has(objNum)) offsets.set(objNum, first + rel);
      }
      const result = { data, offsets };
      this.objectStreams.set(streamNum, result);
      return result;
    } catch (error) {
      if (error instanceof LimitExceededError) throw error;
      this.problems.push({
        code: 'pdf/stream-undecodable',
        detail: `object stream ${streamNum}: ${(error as Error).message}`,
      });
      return undefined;
    }
  }

  /** Parses `n g obj value [stream … endstream]` at `offset` of `buffer`. */
  private parseIndirect(buffer: Uint8Array, offset: number, topLevel: boolean): IndirectObject {
    const p = new PdfParser(buffer, offset);
    const num = p.readUnsigned();
    const gen = p.readUnsigned();
    if (num === null || gen === null || !p.acceptKeyword('obj')) {
      throw new PdfSyntaxError('no "n g obj" header', offset);
    }
    const parsed = p.parse();
    const value: PdfValue = isKeyword(parsed) ? null : parsed;
    if (isDict(value) && topLevel) {
      const save = p.pos;
      if (p.acceptKeyword('stream')) {
        let start = p.pos;
        if (buffer[start] === 0x0d) start++;
        if (buffer[start] === 0x0a) start++;
        const data = this.streamData(buffer, value, start);
        return { num, gen, value: { kind: 'stream', dict: value, data }, offset, end: start + data.length };
      }
      p.pos = save;
    }
    return { num, gen, value, offset: topLevel ? offset : undefined, end: p.pos };
  }

  /** The raw data of a stream starting at `start`: per `/Length` when that ends at `endstream`, else up to it. */
  private streamData(buffer: Uint8Array, dict: PdfDict, start: number): Uint8Array {
    const length = this.resolve(dict.entries.get('Length'));
    if (isNumber(length) && length >= 0 && start + length <= buffer.length) {
      let after = start + length;
      while (after < buffer.length && isWhiteSpace(buffer[after]) && after < start + length + 4) after++;
      if (indexOfBytes(buffer, ENDSTREAM, after, Math.min(buffer.length, after + ENDSTREAM.length)) === after) {
        return buffer.subarray(start, start + length);
      }
    }
    const end = indexOfBytes(buffer, ENDSTREAM, start);
    if (end < 0) throw new PdfSyntaxError('stream without endstream', start);
    let stop = end;
    if (buffer[stop - 1] === 0x0a) stop--;
    if (buffer[stop - 1] === 0x0d) stop--;
    return buffer.subarray(start, Math.max(start, stop));
  }

  private readXrefChain(): void {
    const at = lastIndexOfBytes(this.bytes, STARTXREF);
    if (at < 0) throw new PdfSyntaxError('no startxref', this.bytes.length);
    const p = new PdfParser(this.bytes, at + STARTXREF.length);
    let offset = p.readUnsigned();
    if (offset === null) throw new PdfSyntaxError('startxref without an offset', at);
    const seen = new Set<number>();
    while (offset !== null) {
      if (seen.has(offset) || seen.size >= MAX_PREV_CHAIN) {
        this.problems.push({ code: 'pdf/xref-loop', detail: 'the /Prev chain loops', offset });
        break;
      }
      seen.add(offset);
      const trailer = this.readSection(offset);
      this.trailer ??= trailer;
      const xrefStm = trailer.entries.get('XRefStm');
      if (isNumber(xrefStm) && !seen.has(xrefStm)) {
        seen.add(xrefStm);
        try {
          this.readStreamSection(xrefStm, true);
        } catch (error) {
          if (error instanceof LimitExceededError) throw error;
          this.problems.push({
            code: 'pdf/xref-damaged',
            detail: `/XRefStm: ${(error as Error).message}`,
            offset: xrefStm,
          });
        }
      }
      const prev = trailer.entries.get('Prev');
      offset = isNumber(prev) && prev >= 0 ? prev : null;
    }
  }

  /** Reads the section at `offset` into {@link entries} (older entries never replace newer) and returns its trailer. */
  private readSection(offset: number): PdfDict {
    if (offset >= this.bytes.length)
      throw new PdfSyntaxError('cross-reference offset past the end of the file', offset);
    const p = new PdfParser(this.bytes, offset);
    if (!p.acceptKeyword('xref')) return this.readStreamSection(offset);
    this.sections.push({ offset, kind: 'table', hybrid: false });
    for (;;) {
      if (p.acceptKeyword('trailer')) {
        const trailer = p.parseValue();
        if (!isDict(trailer)) throw new PdfSyntaxError('trailer is not a dictionary', p.pos);
        return trailer;
      }
      const first = p.readUnsigned();
      const count = p.readUnsigned();
      if (first === null || count === null) throw new PdfSyntaxError('bad cross-reference subsection header', p.pos);
      if (count * 18 > this.bytes.length - p.pos)
        throw new PdfSyntaxError('cross-reference subsection too long', p.pos);
      for (let i = 0; i < count; i++) {
        const entryOffset = p.readUnsigned();
        const gen = p.readUnsigned();
        const type = p.peekKeyword();
        if (entryOffset === null || gen === null || (type !== 'n' && type !== 'f')) {
          throw new PdfSyntaxError('bad cross-reference entry', p.pos);
        }
        p.pos += 1;
        const num = first + i;
        if (type === 'n' && !this.entries.has(num)) this.entries.set(num, { type: 'offset', offset: entryOffset, gen });
      }
    }
  }

  private readStreamSection(offset: number, hybrid = false): PdfDict {
    const obj = this.parseIndirect(this.bytes, offset, true);
    if (!isStream(obj.value) || !isName(obj.value.dict.entries.get('Type'), 'XRef')) {
      throw new PdfSyntaxError('no cross-reference table or stream at the startxref offset', offset);
    }
    this.sections.push({ offset, kind: 'stream', hybrid });
    const dict = obj.value.dict;
    const data = decodeStream(obj.value, this.limits.maxStreamBytes, this.limits.maxStreamBytesName);
    const w = dict.entries.get('W');
    if (!Array.isArray(w) || w.length < 3 || !w.every((x) => isNumber(x) && x >= 0 && x <= 8)) {
      throw new PdfSyntaxError('bad /W in cross-reference stream', offset);
    }
    const [w1 = 0, w2 = 0, w3 = 0] = w as number[];
    const rowLength = w1 + w2 + w3;
    const size = dict.entries.get('Size');
    const index = dict.entries.get('Index');
    const ranges = Array.isArray(index) ? index : [0, isNumber(size) ? size : 0];
    let at = 0;
    for (let r = 0; r + 1 < ranges.length; r += 2) {
      const first = ranges[r];
      const count = ranges[r + 1];
      if (!isNumber(first) || !isNumber(count)) break;
      for (let i = 0; i < count && at + rowLength <= data.length; i++, at += rowLength) {
        const type = w1 === 0 ? 1 : readField(data, at, w1);
        const f2 = readField(data, at + w1, w2);
        const f3 = readField(data, at + w1 + w2, w3);
        const num = first + i;
        if (this.entries.has(num)) continue;
        if (type === 1) this.entries.set(num, { type: 'offset', offset: f2, gen: f3 });
        else if (type === 2) this.entries.set(num, { type: 'compressed', stream: f2, index: f3 });
      }
    }
    return dict;
  }

  /** Rebuilds the object table from a scan of the file and finds a trailer or the catalog. */
  private rebuild(): void {
    this.rebuilt = true;
    this.entries.clear();
    this.cache.clear();
    const scan = this.scanned();
    for (const [num, offset] of scan.latest) this.entries.set(num, { type: 'offset', offset, gen: 0 });
    // Objects inside object streams found by the scan (top-level objects of the same number win).
    for (const header of scan.headers) {
      const obj = this.parseObjectAt(header.offset);
      if (!obj || !isStream(obj.value) || !isName(obj.value.dict.entries.get('Type'), 'ObjStm')) continue;
      const stream = this.objectStream(obj.num);
      if (!stream) continue;
      let i = 0;
      for (const num of stream.offsets.keys()) {
        if (!this.entries.has(num)) this.entries.set(num, { type: 'compressed', stream: obj.num, index: i });
        i++;
      }
    }
    // The newest trailer that names a catalog, else any object that is a catalog.
    let trailer: PdfDict | undefined;
    for (let at = lastIndexOfBytes(this.bytes, TRAILER); at >= 0; at = lastIndexOfBytes(this.bytes, TRAILER, at - 1)) {
      try {
        const p = new PdfParser(this.bytes, at + TRAILER.length);
        const v = p.parseValue();
        if (isDict(v) && isRef(v.entries.get('Root'))) {
          trailer = v;
          break;
        }
      } catch {
        // a damaged trailer: try the one before
      }
    }
    if (!trailer) {
      for (const num of this.entries.keys()) {
        const v = this.getObject(num)?.value;
        const dict = isStream(v) ? v.dict : isDict(v) ? v : undefined;
        if (dict && (isName(dict.entries.get('Type'), 'Catalog') || isRef(dict.entries.get('Root')))) {
          const root = isName(dict.entries.get('Type'), 'Catalog')
            ? { kind: 'ref' as const, num, gen: 0 }
            : dict.entries.get('Root');
          trailer = { kind: 'dict', entries: new Map<string, PdfValue>([['Root', root ?? null]]) };
          if (isName(dict.entries.get('Type'), 'Catalog')) break;
        }
      }
    }
    this.trailer = trailer;
  }

  private scanned(): ScannedObjects {
    this.scan ??= scanObjectHeaders(this.bytes);
    return this.scan;
  }
}

/** A `n g obj` header found by scanning. */
export interface ScannedHeader {
  /** Object number. */
  readonly num: number;
  /** Offset of the object number's first digit. */
  readonly offset: number;
}

interface ScannedObjects {
  /** Every header, in file order. */
  readonly headers: ScannedHeader[];
  /** The last offset of each object number. */
  readonly latest: Map<number, number>;
}

const STARTXREF = ascii('startxref');
const TRAILER = ascii('trailer');
const ENDSTREAM = ascii('endstream');

/** Finds every `n g obj` header: each `obj` token preceded by two unsigned integers. Linear in the file size. */
function scanObjectHeaders(bytes: Uint8Array): ScannedObjects {
  const headers: ScannedHeader[] = [];
  const latest = new Map<number, number>();
  for (let i = bytes.indexOf(0x6f); i >= 0; i = bytes.indexOf(0x6f, i + 1)) {
    if (bytes[i + 1] !== 0x62 || bytes[i + 2] !== 0x6a || !endsToken(bytes[i + 3])) continue;
    let j = i - 1;
    if (j < 0 || !isWhiteSpace(bytes[j])) continue;
    while (j >= 0 && isWhiteSpace(bytes[j])) j--;
    const genEnd = j + 1;
    while (j >= 0 && isDigit(bytes[j])) j--;
    if (j + 1 === genEnd || genEnd - (j + 1) > 5 || j < 0 || !isWhiteSpace(bytes[j])) continue;
    while (j >= 0 && isWhiteSpace(bytes[j])) j--;
    const numEnd = j + 1;
    while (j >= 0 && isDigit(bytes[j])) j--;
    const numStart = j + 1;
    if (numStart === numEnd || numEnd - numStart > 10 || (j >= 0 && !endsToken(bytes[j]))) continue;
    let num = 0;
    for (let k = numStart; k < numEnd; k++) num = num * 10 + (bytes[k]! - 0x30);
    headers.push({ num, offset: numStart });
    latest.set(num, numStart);
  }
  return { headers, latest };
}

function readField(data: Uint8Array, at: number, width: number): number {
  let v = 0;
  for (let i = 0; i < width; i++) v = v * 256 + (data[at + i] ?? 0);
  return v;
}
