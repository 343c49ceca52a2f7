import { InternalError } from '../../errors.js';
import { documentJsonSchema } from '../../model/json-schema.js';

/**
 * The model's shape as vanban's own XML sees it, compiled once from the JSON Schema of the model
 * (`documentJsonSchema`), so the XML writer, its reader and the XSD follow every model change
 * without a second hand-written description.
 *
 * Mapping rules (documented in `schemas/vanban.xsd`):
 * - an object is an element whose children are its fields, in model order, named as the fields;
 * - an absent optional field and an empty list are left out;
 * - a list is a wrapper element named as the field, holding one element per item: a named model
 *   type gives the item its name in lower camel case (`Signature` → `signature`), a body block is
 *   named by its `type` (`<paragraph>`, `<article>`), plain text items have the names of
 *   {@link ITEM_NAMES} (`recipient`, `entry`, `item`), table rows are `row` of `cell`;
 * - numbers, booleans (`true`/`false`) and text are element content.
 *
 * @module
 */

/** A text value, possibly restricted. */
export interface StringShape {
  readonly kind: 'string';
  /** Named type in the schema, e.g. "DocumentKind". */
  readonly id?: string;
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly minLength?: number;
  readonly format?: string;
}
/** A number; `integer` when the model asks for one. */
export interface NumberShape {
  readonly kind: 'number';
  readonly integer: boolean;
  readonly minimum?: number;
  readonly exclusiveMinimum?: number;
  readonly maximum?: number;
}
/** true / false. */
export interface BooleanShape {
  readonly kind: 'boolean';
}
/** One field of an object. */
export interface FieldShape {
  readonly name: string;
  readonly shape: Shape;
  /** Required in the input (no default). */
  readonly required: boolean;
}
/** An object of fields. */
export interface ObjectShape {
  readonly kind: 'object';
  readonly id?: string;
  readonly fields: readonly FieldShape[];
  /** The discriminator value when the object is a variant of a union (`paragraph`). */
  readonly tag?: string;
}
/** A list with the element name of its items. */
export interface ArrayShape {
  readonly kind: 'array';
  readonly item: Shape;
  readonly itemName: string;
  readonly minItems?: number;
}
/** A union told apart by a `type` field (the body blocks). */
export interface UnionShape {
  readonly kind: 'union';
  readonly id?: string;
  readonly variants: readonly ObjectShape[];
}
/** Any shape. */
export type Shape = StringShape | NumberShape | BooleanShape | ObjectShape | ArrayShape | UnionShape;

/** Element names of list items that are plain text, by the list's field name. */
export const ITEM_NAMES: Readonly<Record<string, string>> = {
  recipients: 'recipient',
  distribution: 'entry',
  archive: 'entry',
  items: 'item',
  rows: 'row',
  widths: 'width',
  align: 'column',
};

/** The discriminator field of the body-block union, carried by the element name instead. */
export const UNION_TAG = 'type';

type JsonSchema = Record<string, unknown>;

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

function compile(
  node: JsonSchema,
  defs: Record<string, JsonSchema>,
  cache: Map<string, Shape>,
  fieldName: string,
  id?: string,
): Shape {
  const ref = node['$ref'];
  if (typeof ref === 'string') {
    const refId = ref.replace('#/$defs/', '');
    const cached = cache.get(refId);
    if (cached) return cached;
    const shape = compile(defs[refId]!, defs, cache, fieldName, refId);
    cache.set(refId, shape);
    return shape;
  }
  if (Array.isArray(node['oneOf']) || Array.isArray(node['anyOf'])) {
    const options = (node['oneOf'] ?? node['anyOf']) as JsonSchema[];
    const variants = options.map((o) => {
      const shape = compile(o, defs, cache, fieldName) as ObjectShape;
      const tagField = shape.fields.find((f) => f.name === UNION_TAG);
      const tag = tagField && tagField.shape.kind === 'string' ? tagField.shape.enum?.[0] : undefined;
      if (shape.kind !== 'object' || tag === undefined)
        throw new InternalError(
          `vanban XML: union ${id ?? fieldName} needs object variants with a "${UNION_TAG}" constant`,
        );
      return { ...shape, tag, fields: shape.fields.filter((f) => f.name !== UNION_TAG) };
    });
    return { kind: 'union', ...(id && { id }), variants };
  }
  if ('const' in node) return { kind: 'string', enum: [String(node['const'])] };
  switch (node['type']) {
    case 'object': {
      const properties = (node['properties'] ?? {}) as Record<string, JsonSchema>;
      const required = new Set((node['required'] ?? []) as string[]);
      const fields = Object.entries(properties).map(([name, child]) => ({
        name,
        shape: compile(child, defs, cache, name),
        required: required.has(name),
      }));
      return { kind: 'object', ...(id && { id }), fields };
    }
    case 'array': {
      const items = node['items'] as JsonSchema;
      const item = compile(items, defs, cache, fieldName === 'rows' ? 'cell' : fieldName);
      const itemRef = typeof items['$ref'] === 'string' ? items['$ref'].replace('#/$defs/', '') : undefined;
      const itemName =
        ITEM_NAMES[fieldName] ?? (fieldName === 'cell' ? 'cell' : itemRef ? lowerFirst(itemRef) : 'item');
      return {
        kind: 'array',
        item,
        itemName,
        ...(typeof node['minItems'] === 'number' && { minItems: node['minItems'] }),
      };
    }
    case 'integer':
    case 'number':
      return {
        kind: 'number',
        integer: node['type'] === 'integer',
        ...(typeof node['minimum'] === 'number' && { minimum: node['minimum'] }),
        ...(typeof node['exclusiveMinimum'] === 'number' && { exclusiveMinimum: node['exclusiveMinimum'] }),
        ...(typeof node['maximum'] === 'number' && { maximum: node['maximum'] }),
      };
    case 'boolean':
      return { kind: 'boolean' };
    case 'string':
      return {
        kind: 'string',
        ...(id && { id }),
        ...(Array.isArray(node['enum']) && { enum: node['enum'] as string[] }),
        ...(typeof node['pattern'] === 'string' && { pattern: node['pattern'] }),
        ...(typeof node['minLength'] === 'number' && { minLength: node['minLength'] }),
        ...(typeof node['format'] === 'string' && { format: node['format'] }),
      };
    default:
      throw new InternalError(
        `vanban XML: unsupported schema node in ${fieldName}: ${JSON.stringify(node).slice(0, 120)}`,
      );
  }
}

let documentShapeCache: ObjectShape | undefined;

/** The shape of a whole document (`VanbanDocument`), compiled once. */
export function documentShape(): ObjectShape {
  if (!documentShapeCache) {
    const schema = documentJsonSchema();
    const defs = schema['$defs'] as Record<string, JsonSchema>;
    documentShapeCache = compile({ $ref: '#/$defs/VanbanDocument' }, defs, new Map(), 'document') as ObjectShape;
  }
  return documentShapeCache;
}

/** vanban's XML namespace. */
export const VANBAN_XML_NAMESPACE = 'urn:vanban:document:1';
