/**
 * A recursive-descent parser of PDF values (ISO 32000-1 §7.2–7.3) over a byte buffer: enough to read
 * cross-reference tables, trailers, dictionaries and indirect objects. Every loop consumes input or
 * stops, nesting is bounded, and problems throw {@link PdfSyntaxError} for the caller to report.
 *
 * @module
 */

import { endsToken, isDelimiter, isDigit, isWhiteSpace } from './bytes.js';
import { PdfSyntaxError } from './syntax-error.js';
import type { PdfDict, PdfString, PdfValue } from './values.js';

/** Deepest nesting of arrays and dictionaries accepted (real files stay under 20). */
export const MAX_NESTING = 64;

/** A bare keyword token (`obj`, `endobj`, `stream`, `R`, `xref`, `trailer`, or unknown text). */
export interface Keyword {
  /** Tag. */
  readonly kind: 'keyword';
  /** The keyword's text. */
  readonly text: string;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

const HEX_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 10; i++) HEX_VALUE[0x30 + i] = i;
for (let i = 0; i < 6; i++) {
  HEX_VALUE[0x41 + i] = 10 + i;
  HEX_VALUE[0x61 + i] = 10 + i;
}

/** Parses PDF values from `bytes`, starting at `pos`. */
export class PdfParser {
  /** Current offset. */
  pos: number;

  constructor(
    /** The buffer parsed (a whole file, or a decoded object stream). */
    readonly bytes: Uint8Array,
    pos = 0,
  ) {
    this.pos = pos;
  }

  /** Skips white space and comments. */
  skipWhiteSpace(): void {
    const b = this.bytes;
    while (this.pos < b.length) {
      const c = b[this.pos];
      if (isWhiteSpace(c)) this.pos++;
      else if (c === 0x25) {
        while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
      } else break;
    }
  }

  /** Whether the parser has reached the end of its buffer (after white space). */
  atEnd(): boolean {
    this.skipWhiteSpace();
    return this.pos >= this.bytes.length;
  }

  /** Reads a keyword if the next token is one (letters), else returns null without moving. */
  peekKeyword(): string | null {
    this.skipWhiteSpace();
    const start = this.pos;
    let end = start;
    const b = this.bytes;
    while (end < b.length && !isWhiteSpace(b[end]) && !isDelimiter(b[end])) end++;
    if (end === start) return null;
    let text = '';
    for (let i = start; i < end && i - start < 32; i++) text += String.fromCharCode(b[i]!);
    return /^[A-Za-z]+$/.test(text) ? text : null;
  }

  /** Consumes `keyword` if it is the next token; returns whether it did. */
  acceptKeyword(keyword: string): boolean {
    const save = this.pos;
    if (this.peekKeyword() === keyword) {
      this.pos += keyword.length;
      return true;
    }
    this.pos = save;
    return false;
  }

  /** Reads a non-negative integer token, or returns null without moving. */
  readUnsigned(): number | null {
    this.skipWhiteSpace();
    const b = this.bytes;
    let end = this.pos;
    while (end < b.length && isDigit(b[end])) end++;
    if (end === this.pos || end - this.pos > 15 || !endsToken(b[end])) return null;
    let value = 0;
    for (let i = this.pos; i < end; i++) value = value * 10 + (b[i]! - 0x30);
    this.pos = end;
    return value;
  }

  /**
   * Reads one value. Returns a {@link Keyword} for a bare word that is not `true`, `false` or `null`,
   * and throws {@link PdfSyntaxError} at the end of the buffer or on unbalanced input.
   */
  parse(depth = 0): PdfValue | Keyword {
    if (depth > MAX_NESTING) throw new PdfSyntaxError(`nesting deeper than ${MAX_NESTING}`, this.pos);
    this.skipWhiteSpace();
    const b = this.bytes;
    if (this.pos >= b.length) throw new PdfSyntaxError('unexpected end of data', this.pos);
    const c = b[this.pos];
    if (c === 0x2f) return { kind: 'name', name: this.readName() };
    if (c === 0x28) return this.readLiteralString();
    if (c === 0x3c) {
      if (b[this.pos + 1] === 0x3c) return this.readDict(depth);
      return this.readHexString();
    }
    if (c === 0x5b) return this.readArray(depth);
    if (isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e) return this.readNumberOrRef();
    if (c === 0x5d || c === 0x3e || c === 0x29 || c === 0x7b || c === 0x7d) {
      this.pos++;
      return { kind: 'keyword', text: String.fromCharCode(c) };
    }
    let end = this.pos;
    while (end < b.length && !isWhiteSpace(b[end]) && !isDelimiter(b[end])) end++;
    let text = '';
    for (let i = this.pos; i < end && i - this.pos < 64; i++) text += String.fromCharCode(b[i]!);
    this.pos = end;
    if (text === 'true') return true;
    if (text === 'false') return false;
    if (text === 'null') return null;
    return { kind: 'keyword', text };
  }

  /** Reads one value; a keyword where a value belongs throws. */
  parseValue(depth = 0): PdfValue {
    const at = this.pos;
    const v = this.parse(depth);
    if (isKeyword(v)) throw new PdfSyntaxError(`unexpected keyword "${v.text}"`, at);
    return v;
  }

  private readName(): string {
    const b = this.bytes;
    this.pos++; // the slash
    const codes: number[] = [];
    while (this.pos < b.length && !isWhiteSpace(b[this.pos]) && !isDelimiter(b[this.pos])) {
      const c = b[this.pos]!;
      const h1 = HEX_VALUE[b[this.pos + 1] ?? 0]!;
      const h2 = HEX_VALUE[b[this.pos + 2] ?? 0]!;
      if (c === 0x23 && h1 >= 0 && h2 >= 0) {
        codes.push(h1 * 16 + h2);
        this.pos += 3;
      } else {
        codes.push(c);
        this.pos++;
      }
    }
    // Names are byte strings, usually UTF-8 (ISO 32000-1 §7.3.5); some writers use Latin-1.
    try {
      return UTF8.decode(Uint8Array.from(codes));
    } catch {
      return String.fromCharCode(...codes);
    }
  }

  private readNumberOrRef(): number | PdfValue {
    const b = this.bytes;
    const start = this.pos;
    let end = start;
    if (b[end] === 0x2b || b[end] === 0x2d) end++;
    while (end < b.length && (isDigit(b[end]) || b[end] === 0x2e)) end++;
    let text = '';
    for (let i = start; i < end && i - start < 40; i++) text += String.fromCharCode(b[i]!);
    this.pos = end;
    const value = Number(text);
    const num = Number.isFinite(value) ? value : 0;
    // `num gen R`: look ahead for a second unsigned integer and the keyword R.
    if (/^\d+$/.test(text) && num <= 0x7fffffff) {
      const save = this.pos;
      const gen = this.readUnsigned();
      if (gen !== null && gen <= 0xffff) {
        this.skipWhiteSpace();
        if (b[this.pos] === 0x52 && endsToken(b[this.pos + 1])) {
          this.pos++;
          return { kind: 'ref', num, gen };
        }
      }
      this.pos = save;
    }
    return num;
  }

  private readLiteralString(): PdfString {
    const b = this.bytes;
    const start = this.pos;
    this.pos++;
    const out: number[] = [];
    let depth = 1;
    while (this.pos < b.length) {
      const c = b[this.pos++]!;
      if (c === 0x5c) {
        const e = b[this.pos++];
        if (e === undefined) break;
        if (e === 0x6e) out.push(0x0a);
        else if (e === 0x72) out.push(0x0d);
        else if (e === 0x74) out.push(0x09);
        else if (e === 0x62) out.push(0x08);
        else if (e === 0x66) out.push(0x0c);
        else if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30;
          for (let k = 0; k < 2 && isOctal(b[this.pos]); k++) v = v * 8 + (b[this.pos++]! - 0x30);
          out.push(v & 0xff);
        } else if (e === 0x0d) {
          if (b[this.pos] === 0x0a) this.pos++;
        } else if (e !== 0x0a) out.push(e);
      } else if (c === 0x28) {
        depth++;
        out.push(c);
      } else if (c === 0x29) {
        depth--;
        if (depth === 0) {
          return {
            kind: 'string',
            bytes: Uint8Array.from(out),
            hex: false,
            start,
            end: this.pos,
            invalidCharacters: 0,
          };
        }
        out.push(c);
      } else out.push(c);
    }
    throw new PdfSyntaxError('unterminated literal string', start);
  }

  private readHexString(): PdfString {
    const b = this.bytes;
    const start = this.pos;
    this.pos++;
    const closing = b.indexOf(0x3e, this.pos);
    if (closing < 0) throw new PdfSyntaxError('unterminated hexadecimal string', start);
    const out = new Uint8Array(Math.ceil((closing - this.pos) / 2));
    let n = 0;
    let high = -1;
    let invalid = 0;
    for (let i = this.pos; i < closing; i++) {
      const c = b[i]!;
      const v = HEX_VALUE[c]!;
      if (v < 0) {
        if (!isWhiteSpace(c)) invalid++;
        continue;
      }
      if (high < 0) high = v;
      else {
        out[n++] = high * 16 + v;
        high = -1;
      }
    }
    if (high >= 0) out[n++] = high * 16; // odd count: a final 0 is implied (§7.3.4.3)
    this.pos = closing + 1;
    return { kind: 'string', bytes: out.subarray(0, n), hex: true, start, end: this.pos, invalidCharacters: invalid };
  }

  private readArray(depth: number): PdfValue[] {
    const start = this.pos;
    this.pos++;
    const items: PdfValue[] = [];
    for (;;) {
      this.skipWhiteSpace();
      if (this.pos >= this.bytes.length) throw new PdfSyntaxError('unterminated array', start);
      if (this.bytes[this.pos] === 0x5d) {
        this.pos++;
        return items;
      }
      const v = this.parse(depth + 1);
      if (isKeyword(v)) {
        // `]` is handled above; a stray keyword (endobj, a closing `>>`) ends a broken array.
        if (v.text === 'endobj' || v.text === '>' || v.text === 'stream')
          throw new PdfSyntaxError('unterminated array', start);
        continue;
      }
      items.push(v);
    }
  }

  private readDict(depth: number): PdfDict {
    const start = this.pos;
    this.pos += 2;
    const entries = new Map<string, PdfValue>();
    const b = this.bytes;
    for (;;) {
      this.skipWhiteSpace();
      if (this.pos >= b.length) throw new PdfSyntaxError('unterminated dictionary', start);
      if (b[this.pos] === 0x3e && b[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return { kind: 'dict', entries };
      }
      if (b[this.pos] !== 0x2f) {
        const v = this.parse(depth + 1); // skip a stray token; a keyword like endobj ends the damage
        if (isKeyword(v) && (v.text === 'endobj' || v.text === 'stream')) {
          throw new PdfSyntaxError('unterminated dictionary', start);
        }
        continue;
      }
      const key = this.readName();
      this.skipWhiteSpace();
      if (b[this.pos] === 0x3e && b[this.pos + 1] === 0x3e) {
        entries.set(key, null); // a key with no value before the end
        continue;
      }
      const v = this.parse(depth + 1);
      if (isKeyword(v)) {
        if (v.text === 'endobj' || v.text === 'stream') throw new PdfSyntaxError('unterminated dictionary', start);
        entries.set(key, null);
        continue;
      }
      entries.set(key, v);
    }
  }
}

function isOctal(c: number | undefined): boolean {
  return c !== undefined && c >= 0x30 && c <= 0x37;
}

/** Whether a parsed token is a bare keyword. */
export function isKeyword(v: PdfValue | Keyword): v is Keyword {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'keyword';
}
