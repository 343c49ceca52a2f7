import type { Fix, LocalizedText, Severity } from '../diagnostics/diagnostic.js';
import type { Deviation } from '../grammar/deviation.js';
import type { Block, HeadingLevel } from '../model/block.js';
import type { Issuer } from '../model/issuer.js';
import { ALL_KINDS, type DocumentKind, type KindParts } from '../registry/kinds.js';
import type { SourceMap } from '../model/source.js';
import { printed, replaceSpan } from './edits.js';
import type { Finding, RuleContext } from './types.js';

/**
 * Helpers shared by the built-in rules.
 *
 * @module
 */

/**
 * A message with what was found after the requirement: `… (đang là "x")` / `… (found "x")`, unless
 * the message already says it (a "missing" message, or one naming what was found).
 */
export function withFound(message: LocalizedText, actual: string | undefined): LocalizedText {
  if (actual === undefined || /\(found\b|\bmissing\b/u.test(message.en)) return message;
  const shown = actual.trim() === '' ? { vi: 'để trống', en: 'blank' } : { vi: `là "${actual}"`, en: `"${actual}"` };
  return { vi: `${message.vi} (đang ${shown.vi})`, en: `${message.en} (found ${shown.en})` };
}

/** A finding from a grammar deviation (the grammar's requirement, what was found, actual and expected). */
export function fromDeviation(path: string, d: Deviation, extra: { severity?: Severity; fix?: Fix } = {}): Finding {
  return {
    path,
    message: withFound(d.message, d.actual),
    ...(d.actual !== undefined && { actual: d.actual }),
    ...(d.expected !== undefined && { expected: d.expected }),
    ...(extra.severity && { severity: extra.severity }),
    ...(extra.fix && { fix: extra.fix }),
  };
}

/** Slugs of the kinds whose parts satisfy `test`, e.g. those with a tên loại line. */
export function kindsWhere(test: (parts: KindParts, slug: DocumentKind) => boolean): DocumentKind[] {
  return ALL_KINDS.filter((k) => test(k.parts, k.slug as DocumentKind)).map((k) => k.slug as DocumentKind);
}

/** Indexes of the list entries the reader recorded, e.g. `recipients.0`, `recipients.1`. */
export function sourcedEntries(sources: Readonly<Record<string, unknown>>, list: string, count: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) if (sources[`${list}.${i}`]) out.push(i);
  return out;
}

/** A printed list entry, possibly wrapped over several recorded lines. */
export interface PrintedEntry {
  /** Indexes of the model entries the reader made of its lines (continuation lines are misread as entries). */
  readonly indexes: readonly number[];
  /** The whole entry as printed, lines joined. */
  readonly text: string;
}

/**
 * Groups the recorded lines of a dash list (`recipients`, `distribution`) into printed entries: a
 * line without a dash that follows a line not ending in ";" or "." continues it (a wrapped entry,
 * corpus 039 and 045). `dashesLost` is true when no line has a dash: plain-text copies of HTML and
 * PDF lists drop the list glyph (corpus 040), so a missing dash cannot be told from a lost one.
 */
export function printedEntries(
  sources: SourceMap,
  list: string,
  count: number,
): { entries: PrintedEntry[]; dashesLost: boolean } {
  const entries: { indexes: number[]; text: string }[] = [];
  for (const i of sourcedEntries(sources, list, count)) {
    const text = printed(sources, `${list}.${i}`)!;
    const previous = entries.at(-1);
    if (previous && !/^[-–]/.test(text) && !/[;.]$/.test(previous.text)) {
      previous.indexes.push(i);
      previous.text = `${previous.text} ${text}`;
    } else entries.push({ indexes: [i], text });
  }
  return { entries, dashesLost: entries.length > 1 && !entries.some((e) => /^[-–]/.test(e.text)) };
}

/**
 * Checks each printed entry of a dash list: it starts with "-" (unless the copy lost every dash)
 * and ends with `end(isLast)`. A one-line entry gets a fix rewriting it from the model value.
 */
export function checkDashList(
  ctx: RuleContext<unknown>,
  list: 'recipients' | 'distribution',
  values: readonly string[],
  end: (isLast: boolean) => ';' | '.',
): void {
  const { entries, dashesLost } = printedEntries(ctx.sources, list, values.length);
  entries.forEach((entry, n) => {
    const first = entry.indexes[0]!;
    const ending = end(first + entry.indexes.length === values.length && n === entries.length - 1);
    const dashOk = dashesLost || /^[-–]\s*/.test(entry.text);
    if (dashOk && entry.text.endsWith(ending) && !/[;.,:]$/.test(entry.text.slice(0, -1))) return;
    const path = `${list}.${first}`;
    const expected = `- ${values[first]}${ending}`;
    const edits = entry.indexes.length === 1 ? replaceSpan(ctx.sources, path, expected) : undefined;
    ctx.report({
      path,
      message: {
        vi: `Mỗi nơi nhận phải bắt đầu bằng "-" và kết thúc bằng "${ending}" (đang là "${entry.text}")`,
        en: `Each recipient must start with "-" and end with "${ending}" (found "${entry.text}")`,
      },
      actual: entry.text,
      expected,
      ...(edits && {
        fix: {
          safety: 'safe',
          description: { vi: 'Sửa dấu đầu và cuối dòng', en: 'Fix the dash and end punctuation' },
          changes: [],
          edits,
        },
      }),
    });
  });
}

/** Letters without their tone and vowel marks, Đ kept (ĐA is not DA), upper case: "Ủy" → "UY". */
function bareLetters(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toUpperCase();
}

/**
 * Whether `group` is an abbreviation the issuer's own name gives: the initials of its first two or
 * more words, of the name or of the parent ("CỤC THUẾ" → CT, "HỘI ĐỒNG THI ĐUA" → HĐ, HĐT, HĐTĐ). A
 * công văn ký hiệu starts with the issuer's abbreviation, which may equal a type code (nd30.md §2.3).
 */
export function isOwnAbbreviation(group: string, issuer: Issuer): boolean {
  const wanted = bareLetters(group);
  if (wanted.length < 2) return false;
  return [issuer.name, issuer.parent].some(
    (name) =>
      name !== undefined &&
      bareLetters(name)
        .split(/[\s,-]+/u)
        .filter(Boolean)
        .map((w) => w[0]!)
        .join('')
        .startsWith(wanted),
  );
}

/** The bodies of a document, each with its path: the main body, then each appendix's. */
export function bodies(document: {
  readonly body: readonly Block[];
  readonly appendices: readonly { readonly body: readonly Block[] }[];
}): { path: string; blocks: readonly Block[] }[] {
  return [
    { path: 'body', blocks: document.body },
    ...document.appendices.map((a, i) => ({ path: `appendices.${i}.body`, blocks: a.body })),
  ];
}

/** How each heading level is named in a message. */
export const HEADING_NAMES: Readonly<Record<HeadingLevel, { vi: string; en: string }>> = {
  phan: { vi: 'Phần', en: 'Phần (part)' },
  chuong: { vi: 'Chương', en: 'Chương (chapter)' },
  muc: { vi: 'Mục', en: 'Mục (section)' },
  'tieu-muc': { vi: 'Tiểu mục', en: 'Tiểu mục (subsection)' },
  'muc-la-ma': { vi: 'Mục', en: 'Mục (section)' },
};
