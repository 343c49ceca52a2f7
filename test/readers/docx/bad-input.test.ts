/**
 * Hostile and broken input: zip bombs refused before or while inflating with bounded work, entity
 * attacks refused, broken bytes giving typed errors only, and random mutations of real files never
 * crashing or hanging (issue 6, done-when).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strToU8, strFromU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DocxError, LimitExceededError, UnsafeXmlError, VanbanError } from '../../../src/errors.js';
import { DEFAULT_XML_LIMITS, parseDocx } from '../../../src/readers/docx/index.js';
import { a4Section, buildDocx, para } from './build-docx.js';
import { zipBomb, zerosDeflate } from './zip-bomb.js';
import { zipWith } from './zip-craft.js';
import { corpusPath } from '../../support/corpus.js';

const DECREE = new Uint8Array(readFileSync(corpusPath('055-nghidinh-chinhphu-nd30.docx')));

/** Time one parse of a mutated file may take: the Decree itself parses in 15–100 ms (warm to cold). */
const RUN_BUDGET_MS = 2000;

/**
 * One run of a mutation property: the parse gives a document or a typed error, and finishes within
 * `budgetMs` (measured around the call: the reader works synchronously, so a timer could not cut in).
 */
async function parsesOrRefusesWithin(bytes: Uint8Array, budgetMs: number): Promise<void> {
  const started = performance.now();
  try {
    const result = await parseDocx(bytes);
    expect(result.document).toBeDefined();
  } catch (error) {
    expect(error).toBeInstanceOf(VanbanError);
  }
  expect(performance.now() - started, 'one parse, in ms').toBeLessThan(budgetMs);
}

function withDocument(documentXml: string): Uint8Array {
  const good = buildDocx({ body: para(['x']) + a4Section() });
  // Replace the document part, keeping the package around it.
  return zipSync({ ...unzipSync(good), 'word/document.xml': strToU8(documentXml) });
}

/** Live memory the reader can hold: the JS heap and the ArrayBuffers (inflated bytes) outside it. */
const liveBytes = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
/** The process's peak resident memory so far, in bytes (Linux and macOS report it in KiB). */
const peakRss = () => process.resourceUsage().maxRSS * 1024;

/**
 * Refuses `bytes` and says how: the error, the time taken, the growth of live memory across the
 * call and of the process's peak resident memory (which a short-lived 1 GB buffer would raise even
 * if the collector freed it before the second sample).
 */
async function refusal(
  bytes: Uint8Array,
): Promise<{ error: unknown; ms: number; liveGrowth: number; peakGrowth: number }> {
  const live = liveBytes();
  const peak = peakRss();
  const started = performance.now();
  const error = await parseDocx(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  const ms = performance.now() - started;
  return { error, ms, liveGrowth: liveBytes() - live, peakGrowth: peakRss() - peak };
}

const MiB = 1024 * 1024;

describe('zip bombs', () => {
  // Both bombs expand to 1 GB of zeros from 7 MB (zip-bomb.ts); the issue asks for a refusal in
  // under a second with flat memory.
  it('refuses a package that declares 1 GB before inflating anything, in under a second with flat memory', async () => {
    const bomb = zipBomb(1_000_000_000);
    const { error, ms, liveGrowth, peakGrowth } = await refusal(bomb);
    expect(error).toBeInstanceOf(LimitExceededError);
    expect(error).toMatchObject({ limit: 'maxUncompressedBytes', value: 1_000_000_000 });
    expect(ms).toBeLessThan(1000);
    expect(liveGrowth).toBeLessThan(64 * MiB);
    expect(peakGrowth).toBeLessThan(64 * MiB);
  });

  it('stops a package that lies about its size as soon as the output passes the declared size, in under a second with flat memory', async () => {
    const bomb = zipBomb(64 * 1024);
    const { error, ms, liveGrowth, peakGrowth } = await refusal(bomb);
    expect(error).toBeInstanceOf(DocxError);
    expect((error as DocxError).code).toBe('docx/corrupt-zip');
    expect((error as Error).message).toMatch(/beyond its declared size 65536/u);
    expect(ms).toBeLessThan(1000);
    // Flat memory: far less than the 1 GB the stream would expand to was ever held.
    expect(liveGrowth).toBeLessThan(64 * MiB);
    expect(peakGrowth).toBeLessThan(64 * MiB);
  });

  it('refuses a small entry that inflates past its declared size', async () => {
    const zip = zipWith([{ name: 'word/document.xml', data: zerosDeflate(400), method: 8, uncompressedSize: 100 }]);
    await expect(parseDocx(zip)).rejects.toMatchObject({
      code: 'docx/corrupt-zip',
      message: expect.stringMatching(/beyond/u),
    });
  });

  it('stops at the total budget when sizes are declared honestly but the limit is lower', async () => {
    const data = zerosDeflate(40_000); // ~10 MB of zeros
    const zip = zipWith([{ name: 'word/document.xml', data, method: 8, uncompressedSize: 1 + 258 * 40_000 }]);
    const error = await parseDocx(zip, { maxUncompressedBytes: 1024 * 1024 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LimitExceededError);
    expect((error as LimitExceededError).limit).toBe('maxUncompressedBytes');
  });

  it('refuses an expansion ratio over the limit and too many entries', async () => {
    const data = zerosDeflate(40_000);
    const zip = zipWith([{ name: 'word/document.xml', data, method: 8, uncompressedSize: 1 + 258 * 40_000 }]);
    await expect(parseDocx(zip, { maxExpansionRatio: 100 })).rejects.toMatchObject({ limit: 'maxExpansionRatio' });
    const many = zipSync(Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`f${i}.xml`, strToU8('<a/>')])));
    await expect(parseDocx(many, { maxEntries: 20 })).rejects.toMatchObject({ limit: 'maxEntries', value: 50 });
  });
});

describe('entity attacks, large and deep XML', () => {
  it('refuses billion laughs in document.xml', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>`;
    await expect(parseDocx(withDocument(laughs))).rejects.toBeInstanceOf(UnsafeXmlError);
  });

  it('refuses an external entity in document.xml', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`;
    await expect(parseDocx(withDocument(xxe))).rejects.toBeInstanceOf(UnsafeXmlError);
  });

  it('refuses an XML part longer than maxXmlLength (default 50 MiB), before parsing it', async () => {
    expect(DEFAULT_XML_LIMITS.maxXmlLength).toBe(50 * MiB);
    const documentXml = strFromU8(unzipSync(DECREE)['word/document.xml']!);
    const error = await parseDocx(DECREE, { maxXmlLength: 64 * 1024 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LimitExceededError);
    // document.xml is the first part over the limit; the smaller parts before it were read.
    expect(error).toMatchObject({ limit: 'maxLength', value: documentXml.length, max: 64 * 1024 });
    await expect(parseDocx(DECREE, { maxXmlLength: documentXml.length })).resolves.toMatchObject({
      document: { kind: 'nghi-dinh' },
    });
  });

  it('refuses XML nested deeper than maxXmlDepth', async () => {
    const deep = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:sdt><w:sdtContent>'.repeat(100)}${'</w:sdtContent></w:sdt>'.repeat(100)}</w:body></w:document>`;
    await expect(parseDocx(withDocument(deep), { maxXmlDepth: 64 })).rejects.toMatchObject({ limit: 'maxDepth' });
  });
});

describe('broken bytes', () => {
  it('gives typed errors for random bytes, an empty input, a truncated file and a binary .doc', async () => {
    await expect(parseDocx(new Uint8Array(0))).rejects.toMatchObject({ code: 'docx/not-zip' });
    await expect(parseDocx(new Uint8Array(4096).map((_, i) => (i * 7919) % 251))).rejects.toMatchObject({
      code: 'docx/not-zip',
    });
    await expect(parseDocx(DECREE.subarray(0, DECREE.length / 2))).rejects.toMatchObject({ code: 'docx/truncated' });
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(parseDocx(ole)).rejects.toMatchObject({ code: 'docx/not-ooxml' });
  });

  it('gives a typed error for a zip that is not a Word document', async () => {
    await expect(parseDocx(zipSync({ 'hello.txt': strToU8('xin chào') }))).rejects.toMatchObject({
      code: 'docx/no-document',
    });
    await expect(parseDocx('PK' as unknown as Uint8Array)).rejects.toMatchObject({ code: 'input/invalid-argument' });
  });

  it('never crashes or runs long on mutated real files: a result or a typed error, each within 2 s', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(DECREE.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat(DECREE.length), { nil: undefined }),
        async (edits, cut) => {
          const bytes = DECREE.slice(0, cut ?? DECREE.length);
          for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value;
          await parsesOrRefusesWithin(bytes, RUN_BUDGET_MS);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never crashes or runs long on mutated XML inside a valid zip: a result or a typed error, each within 2 s', async () => {
    const parts = unzipSync(DECREE);
    const xml = strFromU8(parts['word/document.xml']!);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.nat(xml.length - 1),
            fc.nat(200),
            fc.constantFrom('', '<', '>', '/', '"', 'w:p', '<w:tbl>', '</w:tc>', '<w:br/>', 'ộ', '&amp;'),
          ),
          { minLength: 1, maxLength: 6 },
        ),
        async (edits) => {
          let mutated = xml;
          for (const [at, length, insert] of edits)
            mutated = mutated.slice(0, at) + insert + mutated.slice(Math.min(mutated.length, at + length));
          await parsesOrRefusesWithin(
            zipSync({ ...parts, 'word/document.xml': strToU8(mutated) }, { level: 0 }),
            RUN_BUDGET_MS,
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
