/**
 * The descriptive entries of a signature dictionary (ISO 32000-1 table 252): type, filters, `/M`,
 * `/Reason`, `/Location`, `/Name`, `/ContactInfo` and the signing application of `/Prop_Build`.
 *
 * @module
 */

import type { PdfDocument } from './objects/document.js';
import { decodeTextString } from './objects/text-string.js';
import { isDict, isName, isString, nameOf, type PdfDict, type PdfValue } from './objects/values.js';
import { type PdfDate, parsePdfDate } from './pdf-date.js';

/** What a signature dictionary says of itself. */
export interface SignatureEntries {
  /** `/Type`. */
  readonly type: string | null;
  /** `/Filter`. */
  readonly filter: string | null;
  /** `/SubFilter`. */
  readonly subFilter: string | null;
  /** `/M`. */
  readonly signingTime: PdfDate | null;
  /** `/Reason`. */
  readonly reason: string | null;
  /** `/Location`. */
  readonly location: string | null;
  /** `/Name`. */
  readonly name: string | null;
  /** `/ContactInfo`. */
  readonly contactInfo: string | null;
  /** `/Prop_Build /App /Name`. */
  readonly application: string | null;
}

/** Reads the entries of `dict`. */
export function readSignatureEntries(doc: PdfDocument, dict: PdfDict): SignatureEntries {
  const text = (key: string) => textOf(doc.get(dict, key));
  const build = doc.get(dict, 'Prop_Build');
  const app = isDict(build) ? doc.get(build, 'App') : undefined;
  const appName = isDict(app) ? doc.get(app, 'Name') : undefined;
  const m = text('M');
  return {
    type: nameOf(doc.get(dict, 'Type')) ?? null,
    filter: nameOf(doc.get(dict, 'Filter')) ?? null,
    subFilter: nameOf(doc.get(dict, 'SubFilter')) ?? null,
    signingTime: m === null ? null : parsePdfDate(m),
    reason: text('Reason'),
    location: text('Location'),
    name: text('Name'),
    contactInfo: text('ContactInfo'),
    application: isName(appName) ? appName.name : textOf(appName),
  };
}

function textOf(v: PdfValue | undefined): string | null {
  return isString(v) ? decodeTextString(v.bytes) : null;
}
