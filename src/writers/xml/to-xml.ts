import { modelOf, type WritableDocument } from '../document-input.js';
import { type Markup, serializeMarkup } from '../../formats/xml/markup.js';
import {
  type ArrayShape,
  documentShape,
  type ObjectShape,
  type Shape,
  UNION_TAG,
  VANBAN_XML_NAMESPACE,
} from '../../formats/vanban-xml/model-shape.js';

/**
 * vanban's own XML: the whole model, field for field, under the namespace
 * `urn:vanban:document:1`, valid against `schemas/vanban.xsd` (mapping rules in `model-shape.ts`).
 *
 * @module
 */

function valueMarkup(name: string, value: unknown, shape: Shape): Markup {
  switch (shape.kind) {
    case 'object':
      return { name, children: objectChildren(value as Record<string, unknown>, shape) };
    case 'array':
      return { name, children: arrayChildren(value as unknown[], shape) };
    case 'union': {
      const record = value as Record<string, unknown>;
      const variant = shape.variants.find((v) => v.tag === record[UNION_TAG])!;
      return { name: variant.tag!, children: objectChildren(record, variant) };
    }
    default:
      return { name, text: String(value) };
  }
}

function arrayChildren(values: readonly unknown[], shape: ArrayShape): Markup[] {
  return values.map((v) => valueMarkup(shape.itemName, v, shape.item));
}

function objectChildren(record: Record<string, unknown>, shape: ObjectShape): Markup[] {
  const out: Markup[] = [];
  for (const field of shape.fields) {
    const value = record[field.name];
    if (value === undefined) continue;
    // An empty list is left out; the reader fills the model's default.
    if (Array.isArray(value) && value.length === 0 && !field.required) continue;
    out.push(valueMarkup(field.name, value, field.shape));
  }
  return out;
}

/**
 * Writes a document as vanban XML: every field of the model, body blocks by type, appendices,
 * the copy block, exchange metadata and images. `parseXml(toXml(d))` gives back `d`.
 *
 * @example
 * ```ts
 * const xml = toXml(createDocument({ kind: 'cong-van', issuer: { name: 'BỘ NỘI VỤ' } }));
 * // <document xmlns="urn:vanban:document:1"><kind>cong-van</kind>…
 * ```
 */
export function toXml(document: WritableDocument): string {
  const root: Markup = {
    name: 'document',
    attributes: [['xmlns', VANBAN_XML_NAMESPACE]],
    children: objectChildren(modelOf(document) as unknown as Record<string, unknown>, documentShape()),
  };
  return serializeMarkup(root);
}
