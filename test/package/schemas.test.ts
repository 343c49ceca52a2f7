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
