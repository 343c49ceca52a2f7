import { codeDiagnostic } from '../../diagnostics/build.js';
import type { DiagnosticCode } from '../../diagnostics/codes/index.js';
import { childElements, textContent, type XmlElement } from '../../formats/xml/parse.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';

import { isExistingDate } from '../../model/primitives.js';

/**
 * Order-insensitive, namespace-tolerant lookups in an edXML tree: the reference reader matches by
 * local name below the envelope (edxml.md §3), so we do too.
 *
 * @module
 */

/** First child with one of the local names (case-sensitive, as the SDK). */
export function child(el: XmlElement | undefined, ...locals: string[]): XmlElement | undefined {
  if (!el) return undefined;
  return el.children.find((c): c is XmlElement => c.type === 'element' && locals.includes(c.local));
}

/** All children with the local name. */
export function children(el: XmlElement | undefined, local: string): XmlElement[] {
  return el ? childElements(el, local) : [];
}

/**
 * Trimmed NFC text of an element. The rest of the input hygiene (controls, invisible characters,
 * special spaces, line breaks in a field of one line) is the model's, when the document is made
 * (`safeCreateDocument`), so that what it changes is reported with the field's path.
 */
export function ownText(el: XmlElement): string {
  return textContent(el).normalize('NFC').trim();
}

/** Trimmed NFC text of the child, or undefined when absent or empty (empty and absent are alike, edxml.md §3). */
export function childText(el: XmlElement | undefined, ...locals: string[]): string | undefined {
  const found = child(el, ...locals);
  if (!found) return undefined;
  const value = ownText(found);
  return value === '' ? undefined : value;
}

/** Depth-first search for the first element with the local name, at most `maxDepth` levels down. */
export function findElement(root: XmlElement, local: string, maxDepth = 6): XmlElement | undefined {
  if (root.local === local) return root;
  if (maxDepth === 0) return undefined;
  for (const c of childElements(root)) {
    const found = findElement(c, local, maxDepth - 1);
    if (found) return found;
  }
  return undefined;
}

/** Collects diagnostics in both languages. */
export class DiagnosticList {
  readonly items: Diagnostic[] = [];
  add(
    code: DiagnosticCode,
    severity: Diagnostic['severity'],
    vi: string,
    en: string,
    extra: { path?: string; raw?: string } = {},
  ): void {
    this.items.push(codeDiagnostic(code, { vi, en }, { severity, ...extra }));
  }
}

/**
 * Decodes the input and drops what real traffic puts before the XML: a BOM, blank lines, stray
 * bytes before `<?xml` or the first element (pitfalls.md, edXML).
 */
export function cleanXmlInput(input: string | Uint8Array, diagnostics: DiagnosticList): string {
  let text = typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);
  const declaration = text.indexOf('<?xml');
  const start = declaration >= 0 ? declaration : text.search(/<[A-Za-z_]/);
  if (start > 0) {
    const dropped = text.slice(0, start);
    if (dropped.replace(/^\uFEFF/, '').trim() !== '') {
      diagnostics.add(
        'edxml/leading-bytes',
        'warning',
        `Bỏ ${start} ký tự trước phần khai báo XML`,
        `Dropped ${start} characters before the XML declaration`,
        { raw: dropped.slice(0, 40) },
      );
    }
    text = text.slice(start);
  }
  return text;
}

/** edXML date `yyyy/MM/dd` (also `dd/MM/yyyy`, `yyyy-mm-dd`, or a date-time) → ISO `yyyy-mm-dd`, or undefined. */
export function readEdxmlDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const ymd = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?:[ T].*)?$/.exec(text);
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T].*)?$/.exec(text);
  const [y, m, d] = ymd ? [ymd[1]!, ymd[2]!, ymd[3]!] : dmy ? [dmy[3]!, dmy[2]!, dmy[1]!] : [];
  if (!y) return undefined;
  const iso = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  return isExistingDate(iso) ? iso : undefined;
}
