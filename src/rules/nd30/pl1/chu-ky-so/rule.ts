import { defineRule } from '../../../../rule-kit/define-rule.js';

const COLOR_VI: Readonly<Record<string, string>> = { blue: 'xanh', red: 'đỏ', black: 'đen', other: 'khác' };

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
          message: {
            vi: `${what.vi} phải màu ${COLOR_VI[color]} (đang là màu ${COLOR_VI[image.dominantColor] ?? image.dominantColor})`,
            en: `${what.en} must be ${color} (found ${image.dominantColor})`,
          },
          actual: image.dominantColor,
          expected: color,
        });
      if (image.transparent === false)
        ctx.report({
          path: image.path,
          message: {
            vi: `${what.vi} phải có nền trong suốt (đang có nền đục)`,
            en: `${what.en} must have a transparent background (found opaque)`,
          },
          actual: 'opaque',
          expected: 'transparent',
        });
    }
  },
});
