/**
 * editDocx: the validator's safe text fixes written into the Word file's runs (vanban validate
 * --fix on DOCX), every other part left as it was; what cannot be placed exactly is skipped.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDocx, toDocx, validate } from '../../../src/index.js';
import { editDocx } from '../../../src/edit/docx.js';
import { SEED } from '../../writers/docx/samples.js';

/** The seed letter as a DOCX with its document.xml changed by `change`. */
async function seedWith(change: (xml: string) => string, extra: Record<string, Uint8Array> = {}): Promise<Uint8Array> {
  const entries = unzipSync(await toDocx(SEED));
  entries['word/document.xml'] = strToU8(change(strFromU8(entries['word/document.xml']!)));
  return zipSync({ ...entries, ...extra });
}

const safeEdits = (diagnostics: ReturnType<typeof validate>['diagnostics']) =>
  diagnostics
    .filter((d) => d.fix?.safety === 'safe')
    .flatMap((d) => (d.fix!.edits ?? []).map((e) => ({ ...e, ruleId: d.id })));

describe('editDocx', () => {
  it('writes the safe fixes into the runs and gives back the letter, the other parts unchanged', async () => {
    const bad = await seedWith((xml) =>
      xml
        .replace('Quảng Ngãi, ngày 09 tháng 4 năm 2024', 'Quảng Ngãi, ngày 9 tháng 04 năm 2024')
        .replace('>Nơi nhận:<', '>Nơi nhận<')
        .replace('>KT. CHỦ TỊCH<', '>KT CHỦ TỊCH<'),
    );
    const before = validate(await parseDocx(bad)).diagnostics;
    expect(new Set(before.map((d) => d.id))).toEqual(
      new Set(['nd30/pl1/ngay-thang', 'nd30/pl1/noi-nhan', 'nd30/pl1/tien-to-tham-quyen']),
    );
    const result = editDocx(bad, safeEdits(before));
    expect(new Set(result.applied.map((e) => e.ruleId))).toEqual(
      new Set(['nd30/pl1/ngay-thang', 'nd30/pl1/noi-nhan', 'nd30/pl1/tien-to-tham-quyen']),
    );
    const after = await parseDocx(result.bytes);
    expect(after.document).toEqual(SEED);
    expect(validate(after).diagnostics).toEqual([]);
    const [was, now] = [unzipSync(bad), unzipSync(result.bytes)];
    expect(Object.keys(now)).toEqual(Object.keys(was));
    for (const name of Object.keys(was))
      if (name !== 'word/document.xml')
        expect(Buffer.from(now[name]!).equals(Buffer.from(was[name]!)), name).toBe(true);
  });

  it('applies an edit once when two findings ask for the same change', async () => {
    const bad = await seedWith((xml) => xml.replace('ngày 09 tháng 4', 'ngày 9 tháng 04'));
    const edits = safeEdits(validate(await parseDocx(bad)).diagnostics);
    expect(edits.length).toBeGreaterThan(1);
    const result = editDocx(bad, edits);
    expect(result.applied).toHaveLength(1);
    expect((await parseDocx(result.bytes)).document.date).toBe('2024-04-09');
    expect(strFromU8(unzipSync(result.bytes)['word/document.xml']!)).toContain(
      '>Quảng Ngãi, ngày 09 tháng 4 năm 2024<',
    );
  });

  it('keeps the spaces at the edge of a run it changes', async () => {
    const bad = await seedWith((xml) => xml.replace('>Nơi nhận:<', '>Nơi nhận <'));
    const result = editDocx(bad, safeEdits(validate(await parseDocx(bad)).diagnostics));
    expect(result.applied.map((e) => e.ruleId)).toEqual(['nd30/pl1/noi-nhan']);
    expect(strFromU8(unzipSync(result.bytes)['word/document.xml']!)).toMatch(/<w:t xml:space="preserve">Nơi nhận/);
  });

  it('skips what it cannot place exactly, and refuses a digitally signed package', async () => {
    // Text the reader normalised (a zero-width space) has no exact place in the runs.
    const bad = await seedWith((xml) => xml.replace('>KT. CHỦ TỊCH<', '>KT\u200b CHỦ TỊCH<'));
    const edits = safeEdits(validate(await parseDocx(bad)).diagnostics);
    expect(edits.length).toBeGreaterThan(0);
    expect(editDocx(bad, edits).applied).toEqual([]);
    const signed = await seedWith((xml) => xml.replace('ngày 09 tháng 4', 'ngày 9 tháng 04'), {
      '_xmlsignatures/sig1.xml': strToU8('<Signature/>'),
    });
    const result = editDocx(signed, safeEdits(validate(await parseDocx(signed)).diagnostics));
    expect(result.applied).toEqual([]);
    expect(result.signed).toBe(true);
    expect(result.bytes).toBe(signed);
  });
});
