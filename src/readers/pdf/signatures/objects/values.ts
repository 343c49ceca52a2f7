/**
 * The PDF object model (ISO 32000-1 §7.3) as plain values: numbers, booleans and null as themselves,
 * arrays as arrays, and tagged objects for names, strings, references, dictionaries and streams.
 *
 * @module
 */

/** A name object, `/Type` → `{ kind: 'name', name: 'Type' }` (with `#xx` escapes decoded). */
export interface PdfName {
  /** Tag. */
  readonly kind: 'name';
  /** The name without its slash. */
  readonly name: string;
}

/** A literal `( … )` or hexadecimal `< … >` string with its bytes and its place in the parsed buffer. */
export interface PdfString {
  /** Tag. */
  readonly kind: 'string';
  /** The string's bytes after unescaping (literal) or hex decoding (hexadecimal). */
  readonly bytes: Uint8Array;
  /** Whether it was written as a hexadecimal string. */
  readonly hex: boolean;
  /** Offset of its opening delimiter in the parsed buffer. */
  readonly start: number;
  /** Offset just past its closing delimiter. */
  readonly end: number;
  /** For a hexadecimal string: the count of characters that were neither hex digits nor white space. */
  readonly invalidCharacters: number;
}

/** An indirect reference `12 0 R`. */
export interface PdfRef {
  /** Tag. */
  readonly kind: 'ref';
  /** Object number. */
  readonly num: number;
  /** Generation number. */
  readonly gen: number;
}

/** A dictionary `<< … >>` (later duplicate keys win, as in most readers). */
export interface PdfDict {
  /** Tag. */
  readonly kind: 'dict';
  /** Entries by key (name without slash). */
  readonly entries: Map<string, PdfValue>;
}

/** A stream: its dictionary and the place of its raw (still encoded) data in the parsed buffer. */
export interface PdfStream {
  /** Tag. */
  readonly kind: 'stream';
  /** The stream dictionary. */
  readonly dict: PdfDict;
  /** The raw data (a view into the buffer it was parsed from). */
  readonly data: Uint8Array;
}

/** Any PDF value. */
export type PdfValue = null | boolean | number | PdfName | PdfString | PdfRef | PdfDict | PdfStream | PdfValue[];

/** Whether `v` is a name, optionally a given one. */
export function isName(v: PdfValue | undefined, name?: string): v is PdfName {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'name' && (!name || v.name === name);
}

/** Whether `v` is a dictionary. */
export function isDict(v: PdfValue | undefined): v is PdfDict {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'dict';
}

/** Whether `v` is a stream. */
export function isStream(v: PdfValue | undefined): v is PdfStream {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'stream';
}

/** Whether `v` is a reference. */
export function isRef(v: PdfValue | undefined): v is PdfRef {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'ref';
}

/** Whether `v` is a string. */
export function isString(v: PdfValue | undefined): v is PdfString {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'string';
}

/** Whether `v` is a finite number. */
export function isNumber(v: PdfValue | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** The dictionary of a dictionary or of a stream, else undefined. */
export function dictOf(v: PdfValue | undefined): PdfDict | undefined {
  if (isDict(v)) return v;
  if (isStream(v)) return v.dict;
  return undefined;
}

/** The name's text when `v` is a name. */
export function nameOf(v: PdfValue | undefined): string | undefined {
  return isName(v) ? v.name : undefined;
}
