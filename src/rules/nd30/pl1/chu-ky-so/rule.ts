import { defineRule } from '../../../../rule-kit/define-rule.js';

/** Signature image blue, seal image red, both transparent PNG (checklist #27). */
export const chuKySo = defineRule({
  meta: {
    id: 'nd30/pl1/chu-ky-so',
    title: { vi: 'Hình ảnh chữ ký số và dấu', en: 'Digital signature and seal images' },
    description: {
      vi: 'Hình ảnh chữ ký của người có thẩm quyền màu xanh, hình ảnh dấu của cơ quan màu đỏ, định dạng PNG nền trong suốt.',
      en: 'The signer’s signature image is blue and the organisation’s seal image red, both PNG with a transparent background.',
    },
    legal: 'Phụ lục I, mục I.II.7.d, I.II.8 (nd30.md §4.2–4.3)',
    checklist: [27],
    severity: 'error',
    needsLayout: true,
    fixSafety: 'never',
  },
  check(ctx) {
    const images = (ctx.layout!.images ?? []).filter((i) => i.role !== 'other');
    if (images.length === 0) return 'not-applicable';
    for (const image of images) {
      const color = image.role === 'signature' ? 'blue' : 'red';
      const what =
        image.role === 'signature'
          ? { vi: 'Hình ảnh chữ ký', en: 'The signature image' }
          : { vi: 'Hình ảnh dấu', en: 'The seal image' };
      if (image.dominantColor !== undefined && image.dominantColor !== color)
        ctx.report({
          path: image.path,
          message: { vi: `${what.vi} màu ${color === 'blue' ? 'xanh' : 'đỏ'}`, en: `${what.en} is ${color}` },
          actual: image.dominantColor,
          expected: color,
        });
      if (image.transparent === false)
        ctx.report({
          path: image.path,
          message: { vi: `${what.vi} có nền trong suốt`, en: `${what.en} has a transparent background` },
          actual: 'opaque',
          expected: 'transparent',
        });
    }
  },
});
