import type { Block } from '../../../../model/block.js';
import { fromRoman } from '../../../../grammar/numbering.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';

/** Every text of a block, for searching the main text. */
function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'heading':
      return [block.number, block.title ?? ''];
    case 'article':
      return [block.title, block.text ?? ''];
    case 'list':
      return [...block.items];
    case 'table':
      return block.rows.flat();
    case 'point':
    case 'clause':
    case 'paragraph':
    case 'basis':
    case 'enactment':
      return [block.text];
  }
}

const NUMERAL = String.raw`(?:[ivxlc]+|\d+)`;
// "Phụ lục II", "Phụ lục số 02", "Phụ lục I, II và III", "Phụ lục I đến III".
const NUMBERED = new RegExp(
  String.raw`phụ lục(?:\s+số)?\s+(${NUMERAL}(?:\s*(?:,|và|-|–|đến|tới)\s*${NUMERAL})*)(?![\p{L}\d])`,
  'gu',
);

const valueOf = (numeral: string): number | undefined =>
  /^\d+$/.test(numeral) ? Number(numeral) : fromRoman(numeral.toUpperCase());

/** The appendix numbers the text names, ranges expanded ("I đến III" → 1, 2, 3). */
function namedNumbers(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(NUMBERED)) {
    const parts = m[1]!.split(/\s*(,|và|-|–|đến|tới)\s*/u);
    let previous: number | undefined;
    for (let k = 0; k < parts.length; k += 2) {
      const value = valueOf(parts[k]!);
      if (value === undefined) continue;
      const joiner = parts[k - 1];
      if (previous !== undefined && joiner !== undefined && /^(-|–|đến|tới)$/u.test(joiner))
        for (let n = previous + 1; n < value; n++) out.add(n);
      out.add(value);
      previous = value;
    }
  }
  return out;
}

const ISSUES_ATTACHED =
  /kèm theo (?:quyết định|nghị quyết|chỉ thị) này\s+(?:quy định|quy chế|kế hoạch|chương trình|đề án|phương án|điều lệ|hướng dẫn|danh mục)/u;

/** The reference line of an appendix of a document of kind `name`: "Kèm theo Quyết định …", "(Ban hành) kèm theo văn bản …". */
function ownReference(name: string): RegExp {
  const kind = name.toLocaleLowerCase('vi').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`^(?:ban hành\s+)?kèm theo\s+(?:${kind}|văn bản)(?![\p{L}])`, 'u');
}

/** The main text refers to each appendix: "(Phụ lục kèm theo)", "tại Phụ lục II" (PL I, I.III.1.a). */
export const danChieuPhuLuc = defineRule({
  meta: {
    id: 'nd30/pl1/dan-chieu-phu-luc',
    title: { vi: 'Văn bản dẫn chiếu đến phụ lục', en: 'The main text refers to its appendices' },
    description: {
      vi: 'Phụ lục phải được dẫn chiếu trong nội dung văn bản ("… tại Phụ lục II", "Phụ lục kèm theo"); có nhiều phụ lục thì nội dung nêu từng phụ lục theo số của nó, hoặc "các Phụ lục" kèm theo.',
      en: 'The body refers to each appendix ("… tại Phụ lục II", "Phụ lục kèm theo"); with several, it names each by its number, or "các Phụ lục" together.',
    },
    legal: 'Phụ lục I, mục I.III.1.a (nd30.md §5.1)',
    severity: 'warning',
    needsLayout: false,
    // Where and how to refer to an appendix is content.
    fixSafety: 'never',
  },
  check(ctx) {
    const { appendices, body } = ctx.document;
    if (appendices.length === 0) return 'not-applicable';
    const text = body.flatMap(blockTexts).join('\n').normalize('NFC').toLocaleLowerCase('vi');
    const named = namedNumbers(text);
    const any = /phụ lục|kèm theo/u.test(text);
    const all = /các phụ lục/u.test(text);
    // "Ban hành kèm theo Quyết định này Quy định …" (Mẫu 1.3): the appendices are those of the issued
    // text, which refers to them itself and follows the closing, outside this body.
    if (ISSUES_ATTACHED.test(text)) return;
    const own = ownReference(ctx.kind.name);
    appendices.forEach((appendix, i) => {
      // "(Kèm theo Kế hoạch số …)" under a Quyết định: the appendix is that of the Kế hoạch issued
      // with it, whose text (after the closing) is not this body; it refers to the appendix there.
      if (appendix.reference && !own.test(appendix.reference.normalize('NFC').toLocaleLowerCase('vi'))) return;
      const number = appendix.number === undefined ? undefined : valueOf(appendix.number);
      // A numbered appendix among several is named by its number (or "các phụ lục"); a single one by any mention.
      const referred = appendices.length === 1 || number === undefined ? any : named.has(number) || all;
      if (referred) return;
      const label = appendix.number ? `Phụ lục ${appendix.number}` : 'Phụ lục';
      ctx.report({
        path: `appendices.${i}`,
        message: {
          vi: `Thiếu dẫn chiếu đến ${label} trong nội dung văn bản`,
          en: `The body’s reference to ${label} is missing`,
        },
        expected: appendix.number ? `… tại ${label} …` : '… Phụ lục kèm theo …',
      });
    });
  },
});
