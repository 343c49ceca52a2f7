import { codeDiagnostic } from '../../diagnostics/build.js';
import type { DiagnosticCode } from '../../diagnostics/codes/index.js';
import {
  childElements,
  parseXml as parseXmlTree,
  textContent,
  type XmlElement,
  type XmlLimits,
} from '../../formats/xml/parse.js';
import { checkModel } from '../../model/issues.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { DocumentSchema, type VanbanDocument } from '../../model/document.js';
import { cleanDeep, hygieneDiagnostics } from '../../model/normalize.js';
import {
  documentShape,
  type ObjectShape,
  type Shape,
  VANBAN_XML_NAMESPACE,
} from '../../formats/vanban-xml/model-shape.js';

/**
 * Reads vanban's own XML (`toXml`) back into the model, by element name, in any order.
 *
 * @module
 */

/** Options of {@link parseXml}: the size and depth limits of the safe XML parser. */
export type ParseXmlOptions = XmlLimits;

/** What {@link parseXml} read. */
export interface ParseXmlResult {
  /**
   * The document. When the XML breaks a rule of the model (an error diagnostic `xml/invalid`),
   * this is the data as read, without the model's defaults.
   */
  readonly document: VanbanDocument;
  readonly diagnostics: Diagnostic[];
}

class ModelReader {
  readonly diagnostics: Diagnostic[] = [];

  private report(code: DiagnosticCode, path: string, vi: string, en: string, raw?: string): void {
    this.diagnostics.push(codeDiagnostic(code, { vi, en }, { path, ...(raw !== undefined && { raw }) }));
  }

  value(el: XmlElement, shape: Shape, path: string): unknown {
    switch (shape.kind) {
      case 'object':
        return this.object(el, shape, path);
      case 'array':
        return childElements(el).flatMap((child, i) => {
          if (shape.item.kind === 'union') {
            const variant = shape.item.variants.find((v) => v.tag === child.local);
            if (!variant) {
              this.report(
                'xml/unknown-element',
                `${path}.${i}`,
                `Phần tử lạ <${child.local}>`,
                `Unknown element <${child.local}>`,
                child.local,
              );
              return [];
            }
            return [{ type: variant.tag, ...(this.object(child, variant, `${path}.${i}`) as object) }];
          }
          if (child.local !== shape.itemName)
            this.report(
              'xml/unexpected-name',
              `${path}.${i}`,
              `Mong đợi <${shape.itemName}>`,
              `Expected <${shape.itemName}>`,
              child.local,
            );
          return [this.value(child, shape.item, `${path}.${i}`)];
        });
      case 'union':
        return undefined;
      case 'number': {
        const text = textContent(el).trim();
        const n = Number(text);
        if (text === '' || Number.isNaN(n)) {
          this.report('xml/not-a-number', path, 'Không phải là số', 'Not a number', text);
          return undefined;
        }
        return n;
      }
      case 'boolean': {
        const text = textContent(el).trim();
        if (text === 'true' || text === '1') return true;
        if (text === 'false' || text === '0') return false;
        this.report('xml/not-a-boolean', path, 'Không phải true/false', 'Not true/false', text);
        return undefined;
      }
      default:
        return textContent(el);
    }
  }

  object(el: XmlElement, shape: ObjectShape, path: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const child of childElements(el)) {
      const field = shape.fields.find((f) => f.name === child.local);
      const at = path ? `${path}.${child.local}` : child.local;
      if (!field) {
        this.report(
          'xml/unknown-element',
          at,
          `Phần tử lạ <${child.local}>`,
          `Unknown element <${child.local}>`,
          child.local,
        );
        continue;
      }
      if (field.name in out)
        this.report(
          'xml/duplicate-element',
          at,
          `Phần tử <${child.local}> lặp lại`,
          `Element <${child.local}> repeated`,
          child.local,
        );
      const value = this.value(child, field.shape, at);
      if (value !== undefined) out[field.name] = value;
    }
    return out;
  }
}

/**
 * Reads vanban XML into the model. Unknown elements and unreadable values become diagnostics; the
 * result is checked against the model and its problems reported as `xml/invalid` errors.
 *
 * @throws UnsafeXmlError on a DOCTYPE, MalformedXmlError, LimitExceededError (see `options`).
 */
export function parseXml(xml: string, options: ParseXmlOptions = {}): ParseXmlResult {
  const root = parseXmlTree(xml.replace(/^\uFEFF/, ''), options);
  const reader = new ModelReader();
  if (root.local !== 'document' || root.uri !== VANBAN_XML_NAMESPACE) {
    reader.diagnostics.push(
      codeDiagnostic(
        'xml/not-vanban',
        {
          vi: `Gốc không phải <document xmlns="${VANBAN_XML_NAMESPACE}">`,
          en: `Root is not <document xmlns="${VANBAN_XML_NAMESPACE}">`,
        },
        { raw: root.name },
      ),
    );
  }
  // The model's input hygiene, reported by field: XML carries no control character, but a BOM,
  // zero-width and direction characters, special spaces and line breaks it does.
  const cleaned = cleanDeep(reader.object(root, documentShape(), ''));
  reader.diagnostics.push(...hygieneDiagnostics(cleaned.findings));
  const data = cleaned.value;
  const checked = checkModel(DocumentSchema, data);
  if (checked.success) return { document: checked.data, diagnostics: reader.diagnostics };
  for (const issue of checked.diagnostics) {
    reader.diagnostics.push(
      codeDiagnostic(
        'xml/invalid',
        { vi: `Sai mô hình: ${issue.message.vi}`, en: `Not a valid document: ${issue.message.en}` },
        { ...(issue.path !== undefined && { path: issue.path }) },
      ),
    );
  }
  return { document: data as unknown as VanbanDocument, diagnostics: reader.diagnostics };
}
