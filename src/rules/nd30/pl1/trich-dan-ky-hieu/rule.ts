import type { Block } from '../../../../model/block.js';
import { ALL_KINDS } from '../../../../registry/kinds.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';
import { printed } from '../../../../rule-kit/edits.js';
import type { Finding } from '../../../../rule-kit/types.js';

// Longest names first, so that "Thông tư liên tịch" is not read as "Thông tư".
const CODED = ALL_KINDS.filter((k) => k.code).sort((a, b) => b.name.length - a.name.length);
const CITATION = new RegExp(
  String.raw`(?<name>${CODED.map((k) => k.name).join('|')})\s+số\s+\d+\/(?:\d{4}\/)?(?<code>[\p{L}]+)-`,
  'gu',
);
const fold = (code: string) => code.toUpperCase().replace(/Đ/g, 'D');

/** Finds citations whose type code is a near miss of the cited kind's code ("Công điện số 33/CD-TTg"). */
function nearMisses(text: string): { cited: string; code: string; expected: string }[] {
  const out: { cited: string; code: string; expected: string }[] = [];
  if (!/số\s+\d+\//u.test(text)) return out; // Cheap test first: most paragraphs cite nothing.
  for (const m of text.normalize('NFC').matchAll(CITATION)) {
    const kind = CODED.find((k) => k.name === m.groups!.name)!;
    const code = m.groups!.code!;
    // Only near misses (D for Đ, wrong case): a wholly different code may be a citation we misread.
    if (code !== kind.code && fold(code) === fold(kind.code!))
      out.push({ cited: m[0].slice(0, -1), code, expected: kind.code! });
  }
  return out;
}

// A cited số and ký hiệu with spaces around its "/" or "-" ("38/2015/TT- BTC"): groups are capitals,
// digits and the one lower-case letter of a mixed code (TTr, QyĐ), so prose ("12/UBND-VP - Sở …") is not taken in.
const GROUP = String.raw`[A-ZĐ][A-ZĐ\d]*(?:[a-zđ][A-ZĐ\d]*)?(?![\p{L}\d])`;
const SPACED = new RegExp(String.raw`số\s+(\d+\s*\/\s*(?:\d{4}\s*\/\s*)?${GROUP}(?:\s*-\s*${GROUP})+)`, 'gu');

/** Cited notations printed with spaces inside: each with the notation as it should read. */
function spacedNotations(text: string): { found: string; expected: string }[] {
  if (!/số\s+\d+\s*\//u.test(text)) return [];
  return [...text.normalize('NFC').matchAll(SPACED)]
    .map((m) => m[1]!)
    .filter((n) => /\s/u.test(n))
    .map((found) => ({ found, expected: found.replace(/\s+/gu, '') }));
}

/** The texts of a body block the model holds: a list's items, else its text. */
function modelTexts(block: Block): readonly string[] {
  return block.type === 'list' ? block.items : 'text' in block && typeof block.text === 'string' ? [block.text] : [];
}

/** Citations of other documents give their ký hiệu with the exact type code (Đ, mixed case). */
export const trichDanKyHieu = defineRule({
  meta: {
    id: 'nd30/pl1/trich-dan-ky-hieu',
    title: { vi: 'Ký hiệu của văn bản được dẫn', en: 'Notation of a cited document' },
    description: {
      vi: 'Khi dẫn văn bản khác, ghi đúng số, ký hiệu của văn bản đó: chữ viết tắt tên loại đúng bảng Phụ lục III (CĐ, QĐ có chữ Đ; TTr, QyĐ có chữ thường).',
      en: 'A citation gives the cited document’s number and notation exactly: the type code as in the Phụ lục III table (CĐ, QĐ with Đ; TTr, QyĐ with lower case).',
    },
    legal: 'Phụ lục I, mục I.II.6.b; Phụ lục III, mục I (nd30.md §1, §2.6)',
    checklist: [6],
    severity: 'warning',
    needsLayout: false,
    fixSafety: 'never',
  },
  check(ctx) {
    // Spaces are judged on the model's text: the reader joined a ký hiệu the page wrapped after its
    // "-" ("6138/UBND-" / "KGVX"), where the printed lines show a break.
    const spacing = (path: string, text: string) => {
      for (const spaced of spacedNotations(text))
        ctx.report({
          path,
          message: {
            vi: `Số, ký hiệu của văn bản được dẫn không được có dấu cách quanh "/" và "-" (đang là "${spaced.found}")`,
            en: `A cited number and notation must take no spaces around "/" and "-" (found "${spaced.found}")`,
          },
          actual: spaced.found,
          expected: spaced.expected,
        });
    };
    const report = (path: string, text: string) => {
      for (const miss of nearMisses(text)) {
        const finding: Finding = {
          path,
          message: {
            vi: `Dẫn "${miss.cited}": chữ viết tắt tên loại phải là "${miss.expected}" (đang là "${miss.code}")`,
            en: `Citing "${miss.cited}": the type code must be "${miss.expected}" (found "${miss.code}")`,
          },
          actual: miss.code,
          expected: miss.expected,
        };
        ctx.report(finding);
      }
    };
    if (ctx.document.subject) spacing('subject', ctx.document.subject);
    const printedSubject = printed(ctx.sources, 'subjectLine');
    if (printedSubject !== undefined) report('subjectLine', printedSubject);
    else if (ctx.document.subject) report('subject', ctx.document.subject);
    ctx.document.body.forEach((block, i) => {
      const texts = modelTexts(block);
      // What was printed when the reader recorded it (readers repair slips like CD for CĐ in the model).
      const source = printed(ctx.sources, `body.${i}`);
      const path = source !== undefined ? `body.${i}` : `body.${i}.text`;
      for (const text of texts) spacing(path, text);
      for (const text of source !== undefined ? [source] : texts) report(path, text);
    });
  },
});
