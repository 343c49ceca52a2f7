import { describe, expect, it } from 'vitest';
import { COPY_FORMS, kindByCode, kindByTitle, kindInfo, ND30_KINDS, ND30_TYPE_CODES } from '../src/index.js';

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/\s+/g, '-');

describe('type registry', () => {
  it('has the 29 types of Điều 7 in order, each slug its name without diacritics', () => {
    expect(ND30_KINDS).toHaveLength(29);
    expect(ND30_KINDS.map((k) => k.article7)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    for (const k of ND30_KINDS) expect(k.slug).toBe(fold(k.name));
  });

  it('keeps the mixed-case codes exact (nd30.md §1)', () => {
    expect(kindByCode('QyĐ')?.slug).toBe('quy-dinh');
    expect(kindByCode('CTr')?.slug).toBe('chuong-trinh');
    expect(kindByCode('TTr')?.slug).toBe('to-trinh');
    expect(kindByCode('TTR')).toBeUndefined();
    expect(kindByCode('QD')).toBeUndefined();
    expect(ND30_TYPE_CODES).toHaveLength(27);
  });

  it('gives công văn and thư công no type code, công văn Mẫu 1.5 and Kính gửi', () => {
    expect(kindInfo('cong-van')).toMatchObject({ template: '1.5', parts: { titleLine: false, kinhGui: 'always' } });
    expect('code' in kindInfo('cong-van')).toBe(false);
    expect('code' in kindInfo('thu-cong')).toBe(false);
  });

  it('knows biên bản has no place/date line and giấy giới thiệu no trích yếu', () => {
    expect(kindInfo('bien-ban').parts.placeDate).toBe(false);
    expect(kindInfo('giay-gioi-thieu').parts.subject).toBe(false);
    expect(kindByTitle('TỜ TRÌNH')?.slug).toBe('to-trinh');
  });

  it('lists the three copy forms with TrS in exact case', () => {
    expect(COPY_FORMS.map((c) => c.code)).toEqual(['SY', 'TrS', 'SL']);
  });
});
