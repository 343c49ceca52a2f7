// Add an agency's own rule to the Decree 30 rules: here, a house rule of a provincial People's
// Committee that the ký hiệu of its công văn names one of its own units (UBND-KGVX, UBND-KTTH…).
//
//   npm run build && node examples/agency-rule.mjs
import { readFileSync } from 'node:fs';
import { createDocument, defineRule, RULES, RuleTester, validate } from '../dist/index.js';

// The units are examples: list your own.
const UNITS = ['KGVX', 'KTTH', 'NC', 'NNTN', 'CNXD', 'TH', 'HCQT'];
const seed = JSON.parse(readFileSync(new URL('./data/cong-van-1719.json', import.meta.url), 'utf8'));

const kyHieuDonVi = defineRule({
  meta: {
    // Your own prefix keeps house rules apart from nd30/…; --rule and `rules` settings use this id.
    id: 'ubnd-qng/ky-hieu-don-vi',
    title: { vi: 'Ký hiệu đơn vị soạn thảo', en: 'Drafting unit in the ký hiệu' },
    description: {
      vi: `Ký hiệu công văn của UBND tỉnh là UBND-<đơn vị>, đơn vị thuộc: ${UNITS.join(', ')}.`,
      en: `A công văn of the provincial committee is notated UBND-<unit>, the unit one of: ${UNITS.join(', ')}.`,
    },
    legal: 'Quy chế công tác văn thư của cơ quan (house rule, not Decree 30)',
    severity: 'error',
    kinds: ['cong-van'],
    needsLayout: false,
    fixSafety: 'never',
    // The examples document the rule and are its tests (RuleTester below).
    examples: {
      valid: [{ name: 'Ban Khoa giáo - Văn xã', document: seed }],
      invalid: [{ name: 'An unknown unit', document: { ...seed, notation: 'UBND-XYZ' }, paths: ['notation'] }],
    },
  },
  check(ctx) {
    const { notation } = ctx.document;
    const [issuer, unit] = notation?.split('-') ?? [];
    if (issuer !== 'UBND') return 'not-applicable';
    if (!UNITS.includes(unit)) {
      ctx.report({
        path: 'notation',
        message: {
          vi: `Đơn vị "${unit ?? ''}" không có trong danh mục đơn vị`,
          en: `"${unit ?? ''}" is not one of the committee's units`,
        },
        actual: notation,
        expected: UNITS.map((u) => `UBND-${u}`).join(' | '),
      });
    }
  },
});

// The rule's own examples must hold before it joins the others.
const failures = new RuleTester().run(kyHieuDonVi);
if (failures.length > 0) throw new Error(`ubnd-qng/ky-hieu-don-vi: ${JSON.stringify(failures)}`);

// `registry` replaces the rules validate runs: ours plus every Decree 30 rule.
const registry = [...RULES, kyHieuDonVi];
for (const notation of ['UBND-KGVX', 'UBND-XYZ']) {
  const report = validate(createDocument({ ...seed, notation }), { registry });
  const ours = report.diagnostics.filter((d) => d.id === kyHieuDonVi.meta.id);
  console.log(
    `${notation}: ${ours.length === 0 ? 'passes the house rule' : ours.map((d) => `${d.severity} ${d.message.vi}`).join('; ')}`,
  );
}

// House rules take settings like the others: here lowered to a warning.
const lowered = validate(createDocument({ ...seed, notation: 'UBND-XYZ' }), {
  registry,
  rules: { [kyHieuDonVi.meta.id]: 'warning' },
});
console.log(`lowered: ${lowered.diagnostics.find((d) => d.id === kyHieuDonVi.meta.id)?.severity}`);
