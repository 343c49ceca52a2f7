/**
 * Signature fields of the interactive form (ISO 32000-1 §12.7.3, §12.7.4.5): walks `/AcroForm
 * /Fields` with inherited `/FT` and qualified names, and gives each terminal `/FT /Sig` field with
 * its value (the signature dictionary, when signed) and its first widget.
 *
 * @module
 */

import type { PdfDocument } from './objects/document.js';
import { isDict, isName, isRef, isString, type PdfDict, type PdfValue } from './objects/values.js';
import { decodeTextString } from './objects/text-string.js';
import type { PageIndex } from './pages.js';
import type { PdfSignatureWidget } from './types.js';
import { readWidget } from './widget.js';

/** A terminal signature field. */
export interface SignatureField {
  /** Fully qualified name (partial names joined with dots). */
  readonly name: string;
  /** `/V` as written (a reference, or a direct dictionary), undefined when absent. */
  readonly value: PdfValue | undefined;
  /** The first widget. */
  readonly widget: PdfSignatureWidget | null;
}

const MAX_FIELD_DEPTH = 32;
const MAX_FIELD_NODES = 100_000;

/** The signature fields reachable from the catalog's `/AcroForm`. */
export function findSignatureFields(
  doc: PdfDocument,
  catalog: PdfDict | undefined,
  pages: PageIndex,
): SignatureField[] {
  const fields: SignatureField[] = [];
  const acroForm = doc.get(catalog, 'AcroForm');
  const roots = isDict(acroForm) ? doc.get(acroForm, 'Fields') : undefined;
  if (!Array.isArray(roots)) return fields;
  const seen = new Set<number>();
  let visited = 0;
  const walk = (item: PdfValue, parentName: string, inheritedType: string | undefined, depth: number): void => {
    if (depth > MAX_FIELD_DEPTH || ++visited > MAX_FIELD_NODES) return;
    if (isRef(item)) {
      if (seen.has(item.num)) return;
      seen.add(item.num);
    }
    const node = doc.resolve(item);
    if (!isDict(node)) return;
    const partial = doc.get(node, 'T');
    const ownName = isString(partial) ? decodeTextString(partial.bytes) : undefined;
    const name = ownName === undefined ? parentName : parentName ? `${parentName}.${ownName}` : ownName;
    const type =
      (isName(doc.get(node, 'FT')) ? (doc.get(node, 'FT') as { name: string }).name : undefined) ?? inheritedType;
    const kids = doc.get(node, 'Kids');
    const kidList = Array.isArray(kids) ? kids : [];
    // Kids with a /T are fields; kids without are this field's widgets.
    const childFields = kidList.filter((k) => {
      const kid = doc.resolve(k);
      return isDict(kid) && kid.entries.has('T');
    });
    if (childFields.length > 0) {
      for (const k of childFields) walk(k, name, type, depth + 1);
      return;
    }
    if (type !== 'Sig') return;
    const widgetRef = kidList.length > 0 ? kidList[0] : item;
    const widgetDict = doc.resolve(widgetRef);
    fields.push({
      name,
      value: node.entries.get('V'),
      widget: isDict(widgetDict) ? readWidget(doc, widgetRef, widgetDict, pages) : null,
    });
  };
  for (const root of roots) walk(root, '', undefined, 0);
  return fields;
}
