import { escapeXmlAttribute } from '../xml/escape.js';
import {
  type ArrayShape,
  documentShape,
  type NumberShape,
  type ObjectShape,
  type Shape,
  type StringShape,
  VANBAN_XML_NAMESPACE,
} from './model-shape.js';

/**
 * The XSD of vanban's own XML, generated from the model's shape (`model-shape.ts`) so that it can
 * never drift: `scripts/generate-xsd.ts` writes it to `schemas/vanban.xsd`, and a test regenerates
 * it in memory and compares.
 *
 * @module
 */

/** JSON Schema (ECMAScript) regex to XSD regex: XSD patterns are anchored and have no `(?:`. */
function xsdPattern(pattern: string): string {
  return pattern.replace(/^\^/, '').replace(/\$$/, '').replaceAll('(?:', '(');
}

const attr = escapeXmlAttribute;

/**
 * Dates and moments of the model get the XSD's own types, so that a day that does not exist
 * (2024-02-30) fails validation as it fails the model; the model's pattern stays as a facet to keep
 * its lexical form (four-digit year, no zone on a date, an offset on a moment).
 */
const TEMPORAL_TYPES: Readonly<Record<string, { readonly name: string; readonly base: string }>> = {
  date: { name: 'IsoDate', base: 'xs:date' },
  'date-time': { name: 'IsoDateTime', base: 'xs:dateTime' },
};

class XsdWriter {
  private readonly named = new Map<string, string>();
  private readonly order: string[] = [];

  /** The type reference for a shape: a named type for model ids, an anonymous one otherwise. */
  typeOf(shape: Shape, indent: string): { ref?: string; inline?: string } {
    const temporal = shape.kind === 'string' && shape.format !== undefined ? TEMPORAL_TYPES[shape.format] : undefined;
    if (temporal && shape.kind === 'string') {
      if (!this.named.has(temporal.name)) {
        this.order.push(temporal.name);
        this.named.set(
          temporal.name,
          `  <xs:simpleType name="${temporal.name}">\n${this.simpleType(shape, '  ', temporal.base)}  </xs:simpleType>\n`,
        );
      }
      return { ref: `v:${temporal.name}` };
    }
    if ((shape.kind === 'object' || shape.kind === 'union' || shape.kind === 'string') && shape.id) {
      if (!this.named.has(shape.id)) {
        this.named.set(shape.id, '');
        this.order.push(shape.id);
        const body = shape.kind === 'string' ? this.simpleType(shape, '  ') : this.complexType(shape, '  ');
        this.named.set(
          shape.id,
          `  <xs:${shape.kind === 'string' ? 'simpleType' : 'complexType'} name="${shape.id}">\n${body}  </xs:${shape.kind === 'string' ? 'simpleType' : 'complexType'}>\n`,
        );
      }
      return { ref: `v:${shape.id}` };
    }
    switch (shape.kind) {
      case 'boolean':
        return { ref: 'xs:boolean' };
      case 'number':
        return this.numberType(shape, indent);
      case 'string': {
        if (!shape.enum && !shape.pattern && !shape.minLength) return { ref: 'xs:string' };
        return { inline: `${indent}<xs:simpleType>\n${this.simpleType(shape, indent)}${indent}</xs:simpleType>\n` };
      }
      default:
        return { inline: `${indent}<xs:complexType>\n${this.complexType(shape, indent)}${indent}</xs:complexType>\n` };
    }
  }

  private numberType(shape: NumberShape, indent: string): { ref?: string; inline?: string } {
    const base = shape.integer ? 'xs:integer' : 'xs:double';
    const facets: string[] = [];
    if (shape.minimum !== undefined) facets.push(`<xs:minInclusive value="${shape.minimum}"/>`);
    if (shape.exclusiveMinimum !== undefined) facets.push(`<xs:minExclusive value="${shape.exclusiveMinimum}"/>`);
    if (shape.maximum !== undefined) facets.push(`<xs:maxInclusive value="${shape.maximum}"/>`);
    if (facets.length === 0) return { ref: base };
    return {
      inline: `${indent}<xs:simpleType>\n${indent}  <xs:restriction base="${base}">\n${facets.map((f) => `${indent}    ${f}\n`).join('')}${indent}  </xs:restriction>\n${indent}</xs:simpleType>\n`,
    };
  }

  private simpleType(shape: StringShape, indent: string, base = 'xs:string'): string {
    const facets: string[] = [];
    for (const value of shape.enum ?? []) facets.push(`<xs:enumeration value="${attr(value)}"/>`);
    // Length facets do not apply to xs:date / xs:dateTime.
    if (shape.minLength && base === 'xs:string') facets.push(`<xs:minLength value="${shape.minLength}"/>`);
    if (shape.pattern) facets.push(`<xs:pattern value="${attr(xsdPattern(shape.pattern))}"/>`);
    return `${indent}  <xs:restriction base="${base}">\n${facets.map((f) => `${indent}    ${f}\n`).join('')}${indent}  </xs:restriction>\n`;
  }

  private element(name: string, shape: Shape, indent: string, occurs: string): string {
    const type = this.typeOf(shape, `${indent}  `);
    if (type.ref) return `${indent}<xs:element name="${name}" type="${type.ref}"${occurs}/>\n`;
    return `${indent}<xs:element name="${name}"${occurs}>\n${type.inline}${indent}</xs:element>\n`;
  }

  private listContent(shape: ArrayShape, indent: string): string {
    const max = ' maxOccurs="unbounded"';
    const min = shape.minItems ? (shape.minItems === 1 ? '' : ` minOccurs="${shape.minItems}"`) : ' minOccurs="0"';
    if (shape.item.kind === 'union') {
      return `${indent}  <xs:choice${min}${max}>\n${shape.item.variants.map((v) => this.element(v.tag!, v, `${indent}    `, '')).join('')}${indent}  </xs:choice>\n`;
    }
    return `${indent}  <xs:sequence>\n${this.element(shape.itemName, shape.item, `${indent}    `, `${min}${max}`)}${indent}  </xs:sequence>\n`;
  }

  private complexType(shape: Shape, indent: string): string {
    if (shape.kind === 'array') return this.listContent(shape, indent);
    if (shape.kind === 'union') {
      // A union as a field type is never used by the model; blocks are list items (listContent).
      return `${indent}  <xs:choice>\n${shape.variants.map((v) => this.element(v.tag!, v, `${indent}    `, '')).join('')}${indent}  </xs:choice>\n`;
    }
    const object = shape as ObjectShape;
    const fields = object.fields
      .map((f) =>
        this.element(
          f.name,
          f.shape,
          `${indent}    `,
          f.required && !(f.shape.kind === 'array' && !f.shape.minItems) ? '' : ' minOccurs="0"',
        ),
      )
      .join('');
    return `${indent}  <xs:sequence>\n${fields}${indent}  </xs:sequence>\n`;
  }

  /** Named types in the order they were first met. */
  types(): string {
    return this.order.map((id) => this.named.get(id)).join('');
  }
}

/** The text committed as `schemas/vanban.xsd`. */
export function vanbanXsd(): string {
  const writer = new XsdWriter();
  const root = writer.typeOf(documentShape(), '  ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!--
  vanban XML (${VANBAN_XML_NAMESPACE}): the whole vanban document model (Nghị định 30/2020/NĐ-CP).
  GENERATED from the model by scripts/generate-xsd.ts; do not edit.
  Rules: every field is an element named as the model field, in model order; absent optional fields
  and empty lists are left out; a list is a wrapper element holding one element per item (a model type
  names its items in lower camel case, body blocks are named by their type, text items are
  recipient / entry / item, table rows are row of cell); booleans are true / false; dates are xs:date
  written yyyy-mm-dd without a zone, moments xs:dateTime with their offset.
-->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:v="${VANBAN_XML_NAMESPACE}" targetNamespace="${VANBAN_XML_NAMESPACE}" elementFormDefault="qualified">
  <xs:element name="document" type="${root.ref}"/>
${writer.types()}</xs:schema>
`;
}
