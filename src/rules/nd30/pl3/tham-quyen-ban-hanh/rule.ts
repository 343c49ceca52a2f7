import { isUpperVi } from '../../../../grammar/case.js';
import { type DocumentKind, ND30_KINDS } from '../../../../registry/kinds.js';
import { defineRule } from '../../../../rule-kit/define-rule.js';

// Mẫu 1.1–1.3: the Decree 30 kinds with căn cứ and an enacting line ("QUYẾT NGHỊ:", "QUYẾT ĐỊNH:").
const KINDS = ND30_KINDS.filter((k) => k.parts.legalBasis && 'enactment' in k.parts).map((k) => k.slug as DocumentKind);

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/giu, 'd')
    .replace(/[\s:]+/g, ' ')
    .trim()
    .toUpperCase();

/**
 * Nghị quyết and Quyết định (Mẫu 1.1–1.3): the centred authority line ("CHỦ TỊCH ỦY BAN NHÂN DÂN
 * TỈNH …") under the title block, then the căn cứ, then "QUYẾT NGHỊ:" / "QUYẾT ĐỊNH:" before Điều 1.
 */
export const thamQuyenBanHanh = defineRule({
  meta: {
    id: 'nd30/pl3/tham-quyen-ban-hanh',
    title: { vi: 'Dòng thẩm quyền ban hành và dòng "QUYẾT ĐỊNH:"', en: 'Authority line and enacting line' },
    description: {
      vi: 'Nghị quyết, quyết định (Mẫu 1.1–1.3) có dòng thẩm quyền ban hành (chức vụ người đứng đầu hoặc tên tập thể, in hoa) dưới tên loại và trích yếu, trước các căn cứ; sau các căn cứ là dòng "QUYẾT NGHỊ:" (nghị quyết) hoặc "QUYẾT ĐỊNH:" (quyết định), rồi đến các điều.',
      en: 'A nghị quyết or quyết định (Mẫu 1.1–1.3) has the authority line (the head’s title or the collective, in capitals) under the title block, before the legal bases; after them comes "QUYẾT NGHỊ:" (nghị quyết) or "QUYẾT ĐỊNH:" (quyết định), then the articles.',
    },
    legal: 'Phụ lục III, Mẫu 1.1, 1.2, 1.3; Phụ lục I, mục I.II.6.b (nd30.md §2.6, §6)',
    severity: 'warning',
    kinds: KINDS,
    needsLayout: false,
    // Only the printed form of the enacting line is fixed; the authority is never written for the author.
    fixSafety: 'safe',
  },
  check(ctx) {
    const body = ctx.document.body;
    const enacting = ctx.kind.parts.enactment!;
    const authority = body.findIndex((b) => b.type === 'enactment' && b.role === 'authority');
    const enactment = body.findIndex((b) => b.type === 'enactment' && b.role === 'enactment');
    const firstBasis = body.findIndex((b) => b.type === 'basis');
    const firstArticle = body.findIndex((b) => b.type === 'article');
    // A body cut before its articles (an excerpt, a draft) cannot show where the lines go.
    if (firstArticle < 0 && firstBasis < 0 && authority < 0 && enactment < 0) return 'not-applicable';
    if (authority < 0) {
      ctx.report({
        path: 'body',
        message: {
          vi: `Thiếu dòng thẩm quyền ban hành (in hoa) của ${ctx.kind.name}, dưới trích yếu, trước các căn cứ`,
          en: `The authority line (in capitals) of a ${ctx.kind.name}, under the subject and before the legal bases, is missing`,
        },
        expected: 'THẨM QUYỀN BAN HÀNH',
      });
    } else {
      const line = body[authority] as { text: string };
      if ((firstBasis >= 0 && firstBasis < authority) || (enactment >= 0 && enactment < authority)) {
        ctx.report({
          path: `body.${authority}`,
          message: {
            vi: `Dòng thẩm quyền ban hành phải đứng trước các căn cứ (đang đứng sau: "${line.text}")`,
            en: `The authority line must come before the legal bases (found after them: "${line.text}")`,
          },
          actual: line.text,
          expected: 'before the legal bases',
        });
      }
      if (!isUpperVi(line.text))
        ctx.report({
          path: `body.${authority}.text`,
          message: {
            vi: `Dòng thẩm quyền ban hành phải in hoa (đang là "${line.text}")`,
            en: `The authority line must be in capitals (found "${line.text}")`,
          },
          actual: line.text,
          expected: line.text.toLocaleUpperCase('vi'),
        });
    }
    if (enactment < 0) {
      // The enacting line stands before Điều 1: without articles the body was cut before it.
      if (firstArticle < 0) return;
      ctx.report({
        path: 'body',
        message: {
          vi: `Thiếu dòng "${enacting}" sau các căn cứ`,
          en: `The line "${enacting}" after the legal bases is missing`,
        },
        expected: enacting,
      });
      return;
    }
    const text = (body[enactment] as { text: string }).text;
    if (text !== enacting) {
      // The same words in another case or without the colon: a formatting slip, safely rewritten.
      const sameWords = fold(text) === fold(enacting);
      ctx.report({
        path: `body.${enactment}.text`,
        message: {
          vi: `Dòng ban hành phải ghi "${enacting}" (đang là "${text}")`,
          en: `The enacting line must read "${enacting}" (found "${text}")`,
        },
        actual: text,
        expected: enacting,
        ...(sameWords && {
          fix: {
            safety: 'safe',
            description: { vi: `Ghi "${enacting}"`, en: `Write "${enacting}"` },
            changes: [{ path: `body.${enactment}.text`, value: enacting }],
          },
        }),
      });
    }
    if (firstArticle >= 0 && firstArticle < enactment) {
      ctx.report({
        path: `body.${enactment}`,
        message: {
          vi: `Dòng "${enacting}" phải đứng trước Điều 1 (đang đứng sau)`,
          en: `The line "${enacting}" must come before Điều 1 (found after it)`,
        },
        actual: text,
        expected: 'before Điều 1',
      });
    }
  },
});
