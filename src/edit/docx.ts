import { escapeXmlText } from '../formats/xml/escape.js';
import { strToU8, unzipSync, type Zippable, zipSync } from 'fflate';
import { cleanText } from '../model/normalize.js';
import type { DocxParagraph } from '../readers/docx/paragraph.js';
import { withFooterContact } from '../readers/docx/footer-contact.js';
import { toTextLines } from '../readers/docx/lines.js';
import { openDocx, type OpenDocxLimits } from '../readers/docx/open.js';
import { mainDocumentPart } from '../formats/ooxml/package.js';
import { ZipPackage } from '../formats/ooxml/zip.js';

/**
 * Text edits written back into a Word file: the fixes the validator computes against the reader's
 * text (`sources` offsets) applied to the runs of the paragraphs they fall in, every other part of
 * the package left as it was. An edit is applied only when it can be placed exactly: inside one
 * line of one body paragraph whose runs spell the text the reader read (no tracked change, field,
 * legacy font or normalisation in between); the others are returned as skipped.
 *
 * @module
 */

/** An edit of the reader's text: replace `[offset, end)` with `text`. */
export interface DocxTextEdit {
  readonly offset: number;
  readonly end: number;
  readonly text: string;
}

/** What {@link editDocx} did. */
export interface DocxEditResult<E extends DocxTextEdit> {
  /** The new package; the input itself when nothing was applied. */
  readonly bytes: Uint8Array;
  readonly applied: E[];
  readonly skipped: E[];
  /** True when the package is digitally signed and was left unchanged. */
  readonly signed: boolean;
}

/** A w:t of a paragraph: where its text sits in document.xml and which characters of the paragraph it holds. */
interface Segment {
  /** Offsets of the element's text in the XML (between its tags). */
  readonly xmlStart: number;
  readonly xmlEnd: number;
  /** Offsets in the paragraph's text. */
  readonly from: number;
  readonly to: number;
  readonly preserve: boolean;
  /** Offset of the start tag's `>` (where xml:space is added when needed). */
  readonly tagEnd: number;
}

interface XmlParagraph {
  text: string;
  segments: Segment[];
}

const decode = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos|#(\d+)|#x([\da-f]+));/gi, (all, name: string, dec?: string, hex?: string) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(Number.parseInt(hex, 16))
        : (({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[name.toLowerCase()] ?? all),
  );

/**
 * The body paragraphs of document.xml in document order, with the text the reader reads from each
 * (w:t text, a tab for w:tab, a line break for w:br and w:cr; deleted and fallback content left out).
 */
function xmlParagraphs(xml: string): XmlParagraph[] {
  const out: XmlParagraph[] = [];
  const open: XmlParagraph[] = [];
  let hidden = 0;
  const tags = /<(\/?)(w:p|w:t|w:tab|w:br|w:cr|w:del|w:moveFrom|mc:Fallback)(?=[\s/>])([^>]*?)(\/?)>/g;
  for (let m = tags.exec(xml); m; m = tags.exec(xml)) {
    const [whole, closing, name, attributes, selfClosing] = m;
    const current = open.at(-1);
    if (name === 'w:del' || name === 'w:moveFrom' || name === 'mc:Fallback') {
      if (!selfClosing) hidden += closing ? -1 : 1;
      continue;
    }
    if (name === 'w:p') {
      if (selfClosing) out.push({ text: '', segments: [] });
      else if (closing) open.pop();
      else {
        const p = { text: '', segments: [] };
        out.push(p);
        open.push(p);
      }
      continue;
    }
    if (!current || hidden > 0 || closing) continue;
    if (name === 'w:tab') current.text += '\t';
    else if (name === 'w:br' || name === 'w:cr') current.text += '\n';
    else if (name === 'w:t' && !selfClosing) {
      const xmlStart = m.index + whole!.length;
      const xmlEnd = xml.indexOf('</w:t>', xmlStart);
      if (xmlEnd < 0) break;
      const text = decode(xml.slice(xmlStart, xmlEnd));
      current.segments.push({
        xmlStart,
        xmlEnd,
        from: current.text.length,
        to: current.text.length + text.length,
        preserve: /xml:space="preserve"/.test(attributes!),
        tagEnd: xmlStart - 1,
      });
      current.text += text;
      tags.lastIndex = xmlEnd;
    }
  }
  return out;
}

/**
 * Applies `edits` (offsets of the text `parseDocx` read from `bytes`) to the Word file. Refuses a
 * digitally signed package (changing it breaks the signature): every edit is then skipped.
 */
export function editDocx<E extends DocxTextEdit>(
  bytes: Uint8Array,
  edits: readonly E[],
  limits: OpenDocxLimits = {},
): DocxEditResult<E> {
  const skipped: E[] = [];
  const zip = new ZipPackage(bytes, limits);
  if ([...zip.entries.keys()].some((name) => name.startsWith('_xmlsignatures/')))
    return { bytes, applied: [], skipped: [...edits], signed: true };
  const opened = openDocx(bytes, limits);
  const paragraphs = withFooterContact(opened.paragraphs, opened.firstPageFooter, opened.paragraphs.length);
  const { lines } = toTextLines(paragraphs, (p) => p.region);
  const mainName = mainDocumentPart(zip, {}).name;
  const xml = zip.readText(mainName);
  if (xml === undefined) return { bytes, applied: [], skipped: [...edits], signed: false };
  const inXml = xmlParagraphs(xml);
  const locate = xmlLocator(opened.paragraphs, inXml);
  // Replacements in the XML, applied from the end.
  const replacements: { start: number; end: number; text: string }[] = [];
  const applied: E[] = [];
  for (const edit of edits) {
    // An edit overlapping one already taken is left for a later run, as applyTextEdits does.
    const overlaps = applied.some(
      (a) => (edit.offset < a.end && a.offset < edit.end) || (edit.offset === a.offset && edit.end === a.end),
    );
    const placed = overlaps ? undefined : place(edit, lines, opened.paragraphs, locate);
    if (!placed) {
      skipped.push(edit);
      continue;
    }
    replacements.push(...placed);
    applied.push(edit);
  }
  if (applied.length === 0) return { bytes, applied, skipped, signed: false };
  let out = xml;
  for (const r of replacements.sort((a, b) => b.start - a.start))
    out = out.slice(0, r.start) + r.text + out.slice(r.end);
  const entries = unzipSync(bytes);
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(entries)) zippable[name] = name === mainName ? strToU8(out) : data;
  return { bytes: zipSync(zippable), applied, skipped, signed: false };
}

/** The XML paragraph of each reader paragraph, matched by text; duplicates are taken in order. */
function xmlLocator(
  read: readonly DocxParagraph[],
  inXml: readonly XmlParagraph[],
): (p: DocxParagraph) => XmlParagraph | undefined {
  const byText = new Map<string, XmlParagraph[]>();
  for (const p of inXml) byText.set(p.text, [...(byText.get(p.text) ?? []), p]);
  const rank = new Map<number, number>();
  const seen = new Map<string, number>();
  for (const p of read) {
    const text = p.lines.join('\n');
    rank.set(p.index, seen.get(text) ?? 0);
    seen.set(text, (seen.get(text) ?? 0) + 1);
  }
  return (p) => {
    const text = p.lines.join('\n');
    const candidates = byText.get(text);
    // Identical paragraphs read in another order than written (table columns) would be ambiguous.
    if (!candidates || candidates.length !== seen.get(text)) return undefined;
    return candidates[rank.get(p.index) ?? 0];
  };
}

/** The XML replacements of one edit, or undefined when it cannot be placed exactly. */
function place(
  edit: DocxTextEdit,
  lines: ReturnType<typeof toTextLines>['lines'],
  body: readonly DocxParagraph[],
  locate: (p: DocxParagraph) => XmlParagraph | undefined,
): { start: number; end: number; text: string }[] | undefined {
  const line = lines.find((l) => l.offset <= edit.offset && edit.end <= l.offset + l.text.length);
  const index = line?.hints?.paragraph;
  if (!line || index === undefined || index >= body.length) return undefined;
  const p = body[index]!;
  const k = lines.filter((l) => l.hints?.paragraph === index && l.offset < line.offset).length;
  const raw = p.lines[k];
  // Offsets map one to one only where normalisation left the line as written.
  if (raw === undefined || cleanText(raw, { keepTabs: true }).text.length !== raw.length) return undefined;
  const target = locate(p);
  if (!target) return undefined;
  const base = p.lines.slice(0, k).reduce((n, l) => n + l.length + 1, 0);
  const from = base + edit.offset - line.offset;
  const to = base + edit.end - line.offset;
  const covered = target.segments.filter((s) => s.from < to && from < s.to);
  const first = covered[0] ?? target.segments.find((s) => s.from <= from && from <= s.to);
  if (!first) return undefined;
  // Every character of the range must come from a w:t (not a tab or a break).
  const spelled = covered.reduce((n, s) => n + Math.min(s.to, to) - Math.max(s.from, from), 0);
  if (spelled !== to - from) return undefined;
  const segments = covered.length ? covered : [first];
  return segments.map((s, i) => {
    const text = target.text.slice(s.from, s.to);
    const a = Math.max(0, from - s.from);
    const b = Math.min(text.length, to - s.from);
    const next = text.slice(0, a) + (i === 0 ? edit.text : '') + text.slice(b);
    const needsPreserve = !s.preserve && /^\s|\s$/.test(next);
    // The start tag's attributes are rewritten only to keep edge spaces.
    return needsPreserve
      ? { start: s.tagEnd, end: s.xmlEnd, text: ` xml:space="preserve">${escapeXmlText(next)}` }
      : { start: s.xmlStart, end: s.xmlEnd, text: escapeXmlText(next) };
  });
}
