import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/model/create.js';
import { ND30_KIND_SLUGS } from '../../src/registry/kinds.js';
import {
  InvalidRuleConfigError,
  RULES,
  sampleDocument,
  sampleLayout,
  sampleSources,
  validate,
} from '../../src/index.js';
import { ORGANISATION_SIGNATURE, sampleSignatures, SIGNER_SIGNATURE } from '../../src/rule-kit/signature-samples.js';

const congVan = () => createDocument(sampleDocument());

describe('validate', () => {
  it('gives every rule a coverage outcome; layout rules are not evaluated without their facts, signature rules do not apply', () => {
    const report = validate(congVan());
    expect(report.coverage.map((c) => c.ruleId)).toEqual(RULES.map((r) => r.meta.id));
    const unevaluated = RULES.filter((r) => r.meta.needsLayout).map((r) => r.meta.id);
    const onSignatures = RULES.filter((r) => r.meta.needsSignatures).map((r) => r.meta.id);
    for (const c of report.coverage) if (unevaluated.includes(c.ruleId)) expect(c.outcome).toBe('not-evaluated');
    // A model, a text or a DOCX carries no digital signature: the rules on them do not apply to it.
    for (const c of report.coverage) if (onSignatures.includes(c.ruleId)) expect(c.outcome).toBe('not-applicable');
    expect(report.diagnostics).toEqual([]);
    expect(report.compliant).toBe(false);
    expect(report.verdict).toBe('incomplete');
    expect(report.summary.notEvaluated).toBe(unevaluated.length);
  });

  it('calls a conforming document with its layout facts compliant, and with its digital signatures too', () => {
    const unsigned = validate(congVan(), { layout: sampleLayout() });
    expect(unsigned.verdict).toBe('compliant');
    expect(unsigned.reasons).toEqual([]);
    const signatures = sampleSignatures(SIGNER_SIGNATURE, ORGANISATION_SIGNATURE);
    const report = validate(congVan(), { layout: sampleLayout(), signatures });
    expect(report.diagnostics).toEqual([]);
    expect(report.summary.notEvaluated).toBe(0);
    expect(report.compliant).toBe(true);
    expect(report.verdict).toBe('compliant');
  });

  it('says why a verdict is not compliant: the rules not checked, the regime not governed', () => {
    const incomplete = validate(congVan());
    expect(incomplete.reasons.map((r) => r.en)).toEqual([
      'No layout facts (fonts, sizes, margins): the layout rules were not evaluated',
    ]);
    const qppl = validate(createDocument({ ...sampleDocument('quyet-dinh'), regime: 'quy-pham-phap-luat' }));
    expect(qppl.verdict).toBe('not-judged');
    expect(qppl.reasons.map((r) => r.en)).toEqual([
      'A legal normative document (QPPL): its form follows Decree 154/2020, not Decree 30',
    ]);
    const party = validate(createDocument({ ...sampleDocument('thong-bao'), regime: 'dang' }), {
      layout: sampleLayout(),
    });
    expect(party.reasons.map((r) => r.vi)).toEqual([
      'Văn bản của Đảng: thể thức theo Hướng dẫn 36-HD/VPTW, không theo Nghị định 30',
    ]);
  });

  it.each(ND30_KIND_SLUGS.map((k) => [k]))('a conforming %s gets no finding', (kind) => {
    const report = validate(createDocument(sampleDocument(kind)), { layout: sampleLayout({}, {}, kind) });
    expect(report.diagnostics.map((d) => `${d.id} ${d.path}`)).toEqual([]);
  });

  it('accepts a reader result and places findings with their range, url, actual and expected', () => {
    const sources = sampleSources({
      numberLine: 'Số: 5/UBND-KGVX',
      placeDateLine: 'Quảng Ngãi, ngày 9 tháng 4 năm 2024',
    });
    const report = validate({ document: congVan(), sources, diagnostics: [] });
    expect(report.diagnostics.map((d) => [d.id, d.path, d.place?.line, d.actual, d.expected])).toEqual([
      ['nd30/pl1/so-ky-hieu', 'numberLine', 1, '5', '05'],
      ['nd30/pl1/ngay-thang', 'placeDateLine', 2, '9', '09'],
    ]);
    expect(report.diagnostics[0]!.url).toBe('https://unpkg.com/vanban@0.1.0/docs/rules/nd30/pl1/so-ky-hieu.md');
    expect(report.diagnostics[0]!.message.vi).toMatch(/số 0/);
    expect(report.compliant).toBe(false);
  });

  it('does not judge Party or QPPL documents by Decree 30', () => {
    const party = createDocument({
      ...sampleDocument('cong-van', { notation: 'CV-UBND', archive: [] }),
      regime: 'dang',
    });
    const report = validate(party, { layout: sampleLayout() });
    expect(report.diagnostics).toEqual([]);
    expect(report.coverage.every((c) => c.outcome === 'not-applicable')).toBe(true);
    // Nothing applied, so nothing was judged: not a compliant document, and not a failed one.
    expect(report.compliant).toBe(false);
    expect(report.verdict).toBe('not-judged');
  });

  it('tells a failed document from one that was not judged', () => {
    const qppl = createDocument({
      ...sampleDocument('quyet-dinh', { notation: '2024/QĐ-UBND' }),
      regime: 'quy-pham-phap-luat',
    });
    expect(validate(qppl).verdict).toBe('not-judged');
    expect(validate(congVan(), { registry: [] })).toMatchObject({ compliant: false, verdict: 'not-judged' });
    const failed = validate(createDocument(sampleDocument('cong-van', { notation: 'CV-UBND' })), {
      layout: sampleLayout(),
    });
    expect(failed).toMatchObject({ compliant: false, verdict: 'non-compliant' });
    // A failure outranks what could not be evaluated.
    expect(validate(createDocument(sampleDocument('cong-van', { notation: 'CV-UBND' }))).verdict).toBe('non-compliant');
  });
});

describe('configuration', () => {
  const bad = createDocument(sampleDocument('cong-van', { notation: 'CV-UBND' }));
  it('turns rules off and changes severities', () => {
    expect(validate(bad, { rules: { 'nd30/pl1/ky-hieu-cong-van': 'off' } }).diagnostics).toEqual([]);
    expect(validate(bad, { rules: { 'nd30/pl1/ky-hieu-cong-van': 'warning' } }).diagnostics[0]!.severity).toBe(
      'warning',
    );
  });
  it('validates rule options by the rule’s schema', () => {
    const doc = createDocument(
      sampleDocument('cong-van', { signatures: [{ title: 'GIÁM ĐỐC', name: 'TS. Trần Văn B' }] }),
    );
    expect(validate(doc).diagnostics.map((d) => d.id)).toEqual(['nd30/pl1/hoc-ham-hoc-vi']);
    expect(validate(doc, { rules: { 'nd30/pl1/hoc-ham-hoc-vi': ['error', { allowed: true }] } }).diagnostics).toEqual(
      [],
    );
  });
  it('throws a typed error listing every problem of a bad configuration', () => {
    const run = () =>
      validate(bad, {
        rules: {
          'nd30/khong-co': 'error',
          'nd30/pl1/luu': 'loud' as never,
          'nd30/pl1/hoc-ham-hoc-vi': ['error', { allowed: 'yes' }],
        },
      });
    expect(run).toThrow(InvalidRuleConfigError);
    try {
      run();
    } catch (error) {
      expect((error as InvalidRuleConfigError).problems).toHaveLength(3);
    }
  });
  it('strict raises warnings to errors', () => {
    const doc = createDocument(sampleDocument('cong-van', { notation: '2024/UBND-KGVX' }));
    expect(validate(doc).diagnostics.map((d) => d.severity)).toEqual(['warning']);
    expect(validate(doc, { preset: 'strict' }).diagnostics.map((d) => d.severity)).toEqual(['error']);
  });
  it('the tt01-2011 baseline explains what an old-style document must change', () => {
    const [d] = validate(createDocument(sampleDocument('giay-gioi-thieu')), {
      layout: sampleLayout({}, { widthMm: 148, heightMm: 210 }, 'giay-gioi-thieu'),
      baseline: 'tt01-2011',
    }).diagnostics;
    expect(d!.id).toBe('nd30/pl1/kho-giay-le');
    expect(d!.message.vi).toMatch(/Thông tư 01\/2011 cho phép khổ A5/);
  });
});
