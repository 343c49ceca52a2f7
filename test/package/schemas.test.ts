import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { documentJsonSchemaText } from '../../src/model/json-schema.js';

const committed = readFileSync(new URL('../../schemas/vanban.schema.json', import.meta.url), 'utf8');

describe('schemas/vanban.schema.json', () => {
  it('is current with the model (run `npm run schemas` after changing it)', () => {
    expect(committed).toBe(documentJsonSchemaText());
  });

  it('accepts the seed example and refuses an unknown kind', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const validate = ajv.compile(JSON.parse(committed));
    const seed = JSON.parse(readFileSync(new URL('../../examples/data/cong-van-1719.json', import.meta.url), 'utf8'));
    expect(validate(seed)).toBe(true);
    expect(validate({ ...seed, kind: 'cong-van-moi' })).toBe(false);
  });
});

describe('the package version', () => {
  it('is the one VERSION says (the docs urls of diagnostics carry it)', async () => {
    const { VERSION } = await import('../../src/version.js');
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
