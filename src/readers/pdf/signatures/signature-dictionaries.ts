/**
 * Finds the signature dictionaries of a file (ISO 32000-1 §12.8.1, table 252): those the signature
 * fields' `/V` point to, and, by scanning for `/ByteRange`, those no field points to (a damaged form
 * or a removed field), so none goes unreported.
 *
 * @module
 */

import { LimitExceededError } from '../../../errors.js';
import type { SignatureField } from './fields.js';
import { allIndexesOf, ascii } from './objects/bytes.js';
import type { PdfDocument, ScannedHeader } from './objects/document.js';
import { isDict, isRef, type PdfDict } from './objects/values.js';
import type { PdfSignatureWidget } from './types.js';

/** A signature dictionary and where it was found. */
export interface FoundSignature {
  /** The dictionary. */
  readonly dict: PdfDict;
  /** Its object number, null for a direct dictionary inside a field. */
  readonly objectNumber: number | null;
  /** File offset of its `n g obj`, undefined when not a top-level object (object stream or direct). */
  readonly offset: number | undefined;
  /** The field whose `/V` it is, or null. */
  readonly fieldName: string | null;
  /** That field's widget. */
  readonly widget: PdfSignatureWidget | null;
  /** Whether its string offsets are file offsets (false inside an object stream or a decoded buffer). */
  readonly offsetsAreFileOffsets: boolean;
}

/** Signed and unsigned fields, and dictionaries found only by the scan. */
export interface SignatureDiscovery {
  /** Every signature dictionary, fields' first in form order, then scanned-only ones in file order. */
  readonly signatures: readonly FoundSignature[];
  /** Signature fields with no signature dictionary as `/V`. */
  readonly unsignedFields: readonly SignatureField[];
  /** Object numbers of older versions of signature dictionaries (replaced by a later revision). */
  readonly superseded: readonly number[];
}

const BYTE_RANGE = ascii('/ByteRange');

/** Whether `dict` is a signature dictionary: it has a `/ByteRange` and a `/Contents`. */
export function isSignatureDictionary(dict: PdfDict | undefined): dict is PdfDict {
  return !!dict && dict.entries.has('ByteRange') && dict.entries.has('Contents');
}

/** Finds every signature dictionary; more than `maxSignatures` throws {@link LimitExceededError}. */
export function discoverSignatures(
  doc: PdfDocument,
  fields: readonly SignatureField[],
  maxSignatures: number,
): SignatureDiscovery {
  const signatures: FoundSignature[] = [];
  const unsignedFields: SignatureField[] = [];
  const taken = new Set<number>(); // header offsets already reported
  const takenNumbers = new Set<number>();
  const add = (found: FoundSignature) => {
    signatures.push(found);
    if (signatures.length > maxSignatures) {
      throw new LimitExceededError('maxSignatures', signatures.length, maxSignatures, 'Signatures in the PDF');
    }
  };

  for (const field of fields) {
    const value = field.value;
    const obj = isRef(value) ? doc.getObject(value.num) : undefined;
    const dict = isRef(value) ? obj?.value : value;
    if (!isDict(dict) || !isSignatureDictionary(dict)) {
      unsignedFields.push(field);
      continue;
    }
    if (obj?.offset !== undefined) {
      if (taken.has(obj.offset)) continue; // two fields sharing one dictionary: report it once
      taken.add(obj.offset);
    }
    if (obj) takenNumbers.add(obj.num);
    add({
      dict,
      objectNumber: obj?.num ?? null,
      offset: obj?.offset,
      fieldName: field.name,
      widget: field.widget,
      offsetsAreFileOffsets: obj?.offset !== undefined,
    });
  }

  const superseded: number[] = [];
  const headers = doc.objectHeaders();
  for (const at of allIndexesOf(doc.bytes, BYTE_RANGE, (maxSignatures + 1) * 16)) {
    const header = containingHeader(headers, at);
    if (!header || taken.has(header.offset)) continue;
    taken.add(header.offset);
    const obj = doc.parseObjectAt(header.offset);
    if (!obj || !isDict(obj.value) || !isSignatureDictionary(obj.value)) continue;
    if (takenNumbers.has(obj.num)) {
      superseded.push(obj.num);
      continue;
    }
    const entry = doc.entries.get(obj.num);
    if (entry?.type === 'offset' && entry.offset !== header.offset && isSignatureDictionary(dictAt(doc, obj.num))) {
      superseded.push(obj.num);
      continue;
    }
    add({
      dict: obj.value,
      objectNumber: obj.num,
      offset: header.offset,
      fieldName: null,
      widget: null,
      offsetsAreFileOffsets: true,
    });
  }
  return { signatures, unsignedFields, superseded };
}

function dictAt(doc: PdfDocument, num: number): PdfDict | undefined {
  const v = doc.getObject(num)?.value;
  return isDict(v) ? v : undefined;
}

/** The last object header before `offset` (binary search over the sorted headers). */
function containingHeader(headers: readonly ScannedHeader[], offset: number): ScannedHeader | undefined {
  let lo = 0;
  let hi = headers.length - 1;
  let found: ScannedHeader | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const h = headers[mid]!;
    if (h.offset < offset) {
      found = h;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
