import { describe, expect, it } from 'vitest';
import {
  ALL_KINDS,
  COPY_FORMS,
  copyFormInfo,
  CopyBlockSchema,
  type DocumentKind,
  kindByCode,
  kindByTitle,
  kindInfo,
  ND30_KINDS,
  ND30_TYPE_CODES,
  PAPER_COPY_BOXES,
} from '../src/index.js';
import { recipientsLabel } from '../src/writers/printed.js';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, '-');

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

  it('gives Quyết định both its Mẫu, 1.2 first, and every other type its one Mẫu or none', () => {
    expect(kindInfo('quyet-dinh')).toMatchObject({ template: '1.2', templates: ['1.2', '1.3'] });
    for (const k of ALL_KINDS) {
      expect(k.template, k.slug).toBe(k.templates[0]);
      if (k.slug !== 'quyet-dinh') expect(k.templates, k.slug).toEqual(k.template ? [k.template] : []);
    }
    // nd30.md §1: the Mẫu of each row.
    const byTemplate = (t: string) => ND30_KINDS.filter((k) => k.templates.includes(t as never)).map((k) => k.slug);
    expect(byTemplate('1.1')).toEqual(['nghi-quyet']);
    expect(byTemplate('1.3')).toEqual(['quyet-dinh']);
    expect(byTemplate('1.5')).toEqual(['cong-van']);
    expect(byTemplate('1.6')).toEqual(['cong-dien']);
    expect(byTemplate('1.4')).toHaveLength(17);
    expect(ND30_KINDS.filter((k) => k.templates.length === 0).map((k) => k.slug)).toEqual([
      'hop-dong',
      'ban-ghi-nho',
      'ban-thoa-thuan',
      'thu-cong',
    ]);
  });

  it('gives công điện its addressees under "<issuer> điện:" (Mẫu 1.6), công văn under "Kính gửi:"', () => {
    expect(kindInfo('cong-dien').parts).toMatchObject({ kinhGui: 'always', recipientsLabel: 'dien' });
    expect(kindInfo('cong-van').parts).toMatchObject({ kinhGui: 'always', recipientsLabel: 'kinh-gui' });
    expect(ALL_KINDS.filter((k) => k.parts.recipientsLabel === 'dien').map((k) => k.slug)).toEqual(['cong-dien']);
    expect(ALL_KINDS.filter((k) => k.parts.kinhGui === 'always').map((k) => k.slug)).toEqual(['cong-van', 'cong-dien']);
  });

  it('agrees with the label the writers print over the addressees', () => {
    const issuer = { name: 'THỦ TƯỚNG CHÍNH PHỦ' };
    for (const k of ALL_KINDS) {
      const printed = recipientsLabel({ kind: k.slug as DocumentKind, issuer });
      if (k.parts.recipientsLabel === 'dien')
        expect(printed, k.slug).toEqual({ text: 'THỦ TƯỚNG CHÍNH PHỦ điện:', list: true, telegram: true });
      else expect(printed, k.slug).toEqual({ text: 'Kính gửi:', list: false, telegram: false });
    }
  });

  it('gives each copy form Mẫu 3.1 on paper and 3.2 electronically, with the parts of the copy block', () => {
    for (const c of COPY_FORMS) {
      expect(c.templates, c.slug).toEqual({ paper: '3.1', electronic: '3.2' });
      // nd30.md §5.2: components 1–7 of the paper copy, in the ô order of Mẫu 3.1.
      expect(c.parts.paper).toEqual(['form', 'issuer', 'number', 'placeDate', 'signature', 'seal', 'distribution']);
      expect(c.parts.paper.map((p) => PAPER_COPY_BOXES[p])).toEqual([1, 2, 3, 4, 5, 6, 7]);
      // Mẫu 3.2: "<hình thức sao>; <tên cơ quan sao>; ngày/tháng/năm; giờ: phút: giây".
      expect(c.parts.electronic).toEqual(['form', 'issuer', 'signedAt']);
    }
    expect(COPY_FORMS.map((c) => [c.slug, c.content])).toEqual([
      ['sao-y', 'whole'],
      ['trich-sao', 'extract'],
      ['sao-luc', 'whole'],
    ]);
    expect(copyFormInfo('trich-sao')).toMatchObject({ label: 'TRÍCH SAO', code: 'TrS', content: 'extract' });
  });

  it('names each copy part after the CopyBlock field that holds it', () => {
    const fields = Object.keys(CopyBlockSchema.shape);
    const field = {
      placeDate: ['place', 'date'],
      seal: ['signature'],
      distribution: ['distribution', 'archive'],
    } as Record<string, string[]>;
    for (const part of [...COPY_FORMS[0]!.parts.paper, ...COPY_FORMS[0]!.parts.electronic]) {
      for (const f of field[part] ?? [part]) expect(fields, part).toContain(f);
    }
    expect(CopyBlockSchema.shape.form.options).toEqual(['sao-y', 'sao-luc', 'trich-sao']);
    expect([...CopyBlockSchema.shape.form.options].sort()).toEqual(COPY_FORMS.map((c) => c.slug).sort());
  });
});

describe('DocumentKind', () => {
  it('is the union of the registry slugs, so a misspelt kind does not type-check', () => {
    const kind: DocumentKind = 'cong-van';
    // @ts-expect-error 'cong-vann' is not a kind (npm run typecheck fails if DocumentKind widens to string)
    const misspelt: DocumentKind = 'cong-vann';
    expect(ALL_KINDS.map((k) => k.slug)).toContain(kind);
    expect(ALL_KINDS.map((k) => k.slug)).not.toContain(misspelt);
  });
});
