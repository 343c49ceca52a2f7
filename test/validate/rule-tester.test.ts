import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/model/create.js';
import { RULES, RuleTester, defineRule, sampleDocument, validate } from '../../src/index.js';

// An agency's own rule, as the README would show it: house abbreviations banned in the trích yếu.
const houseAbbreviations = defineRule({
  meta: {
    id: 'ubnd-quang-ngai/viet-tat',
    title: { vi: 'Không viết tắt trong trích yếu', en: 'No abbreviations in the subject' },
    description: { vi: 'Trích yếu không dùng chữ viết tắt nội bộ.', en: 'The subject uses no in-house abbreviations.' },
    legal: 'Quy chế công tác văn thư của UBND tỉnh',
    severity: 'warning',
    needsLayout: false,
    fixSafety: 'safe',
    options: z.object({ words: z.record(z.string(), z.string()).default({ CNTT: 'công nghệ thông tin' }) }),
    examples: {
      valid: [
        { name: 'Viết đầy đủ', document: sampleDocument('cong-van', { subject: 'triển khai công nghệ thông tin' }) },
      ],
      invalid: [
        {
          name: 'CNTT',
          document: sampleDocument('cong-van', { subject: 'triển khai CNTT' }),
          paths: ['subject'],
          fixable: true,
        },
      ],
    },
  },
  check(ctx) {
    const subject = ctx.document.subject;
    if (!subject) return 'not-applicable';
    for (const [short, full] of Object.entries(ctx.options.words)) {
      if (!subject.includes(short)) continue;
      const value = subject.replaceAll(short, full);
      ctx.report({
        path: 'subject',
        message: { vi: `Viết đầy đủ "${full}"`, en: `Write "${full}" in full` },
        actual: short,
        expected: full,
        fix: {
          safety: 'safe',
          description: { vi: 'Viết đầy đủ', en: 'Write in full' },
          changes: [{ path: 'subject', value }],
        },
      });
    }
  },
});

describe('RuleTester', () => {
  const tester = new RuleTester();
  it('passes a rule whose examples hold', () => {
    expect(tester.run(houseAbbreviations)).toEqual([]);
  });
  it('reports every example that does not hold', () => {
    const failures = tester.run(houseAbbreviations, {
      valid: [{ name: 'wrongly valid', document: sampleDocument('cong-van', { subject: 'về CNTT' }) }],
      invalid: [
        { name: 'wrongly invalid', document: sampleDocument('cong-van', { subject: 'về công nghệ thông tin' }) },
        { name: 'wrong path', document: sampleDocument('cong-van', { subject: 'về CNTT' }), paths: ['subjectLine'] },
      ],
    });
    expect(failures.map((f) => [f.example, f.problem.split(',')[0]])).toEqual([
      ['wrongly valid', 'expected no finding'],
      ['wrongly invalid', 'expected findings'],
      ['wrong path', 'expected paths ["subjectLine"]'],
    ]);
  });
  it('runs an agency rule beside the built-in ones', () => {
    const doc = createDocument(sampleDocument('cong-van', { subject: 'triển khai CNTT' }));
    const report = validate(doc, { registry: [...RULES, houseAbbreviations] });
    expect(report.diagnostics.map((d) => [d.id, d.url])).toEqual([
      // An agency's rule links to its own page when it gives one; this one gives none.
      ['ubnd-quang-ngai/viet-tat', undefined],
    ]);
    expect(
      validate(doc, {
        registry: [...RULES, houseAbbreviations],
        rules: { 'ubnd-quang-ngai/viet-tat': ['warning', { words: { XYZ: 'x' } }] },
      }).diagnostics,
    ).toEqual([]);
  });
  it('passes every built-in rule', () => {
    expect(RULES.flatMap((r) => tester.run(r))).toEqual([]);
  });
});
