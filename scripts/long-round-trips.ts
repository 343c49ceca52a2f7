/**
 * The long run of the round trips (issue 17): generated documents with hostile strings in their
 * text fields (`documentArbitrary({ strings })`, test/support/arbitraries.ts) through each writer
 * and back through its reader, 10,000 per writer by default; every vanban XML file validated
 * against schemas/vanban.xsd and every edXML package checked well formed by xmllint when it is
 * installed. Prints each writer's count, its time and its first failures (batch seed and index, so
 * that `fc.sample(arbitrary, { numRuns: 500, seed })[index]` gives the document back).
 *
 *   npx tsx scripts/long-round-trips.ts [runs per writer] [writer…]
 *
 * Writers: xml, edxml, text, docx (default all). The PDF writer is not run: `toPdf` + `parsePdf`
 * takes about a second a document, and a font holds no glyph for most surrogate pairs (a
 * `PdfMissingGlyphError`, as it should be).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import type { VanbanDocument } from '../src/index.js';
import { parseDocx } from '../src/readers/docx/index.js';
import { parseEdxml } from '../src/readers/edxml/index.js';
import { parseText } from '../src/readers/text/index.js';
import { parseXml } from '../src/readers/xml/index.js';
import { toDocx } from '../src/writers/docx/index.js';
import { checkEdxml, edxmlRoundTripView, toEdxml } from '../src/writers/edxml/index.js';
import { toText } from '../src/writers/text/index.js';
import { toXml } from '../src/writers/xml/index.js';
import { documentArbitrary, EXCHANGE_SENDER_ID, type StringTarget } from '../test/support/arbitraries.js';
import { breaksAsSpaces } from '../test/support/line-breaks.js';

const BATCH = 500;
const SHOWN = 5;
const XSD = new URL('../schemas/vanban.xsd', import.meta.url).pathname;
const hasXmllint = spawnSync('sh', ['-c', 'command -v xmllint']).status === 0;

/** One writer's round trip: the document to compare, what came back, and the file to give xmllint. */
interface Trip {
  readonly arbitrary: fc.Arbitrary<VanbanDocument>;
  run(d: VanbanDocument, index: number): Promise<{ want: unknown; got: unknown; file?: string }>;
  /** xmllint arguments before the files, when the written files are XML. */
  readonly xmllint?: readonly string[];
}

const TRIPS: Record<StringTarget, Trip> = {
  xml: {
    arbitrary: documentArbitrary({ printable: false, allKinds: true, everyField: true, strings: 'xml' }),
    async run(d) {
      const xml = toXml(d);
      const read = parseXml(xml);
      return { want: { document: d, diagnostics: [] }, got: read, file: xml };
    },
    xmllint: ['--noout', '--schema', XSD],
  },
  edxml: {
    arbitrary: documentArbitrary({ printable: false, allKinds: true, everyField: true, strings: 'edxml' }),
    async run(generated, index) {
      // Secret documents may not travel on the axis (QĐ 28/2018); the writer refuses them.
      const d = { ...generated, confidentiality: undefined };
      const options = {
        from: EXCHANGE_SENDER_ID,
        profile: { dialect: index % 2 ? ('java' as const) : ('dotnet' as const) },
      };
      const errors = checkEdxml(d, options).filter((p) => p.severity === 'error');
      if (errors.length > 0) return { want: [], got: errors.map((e) => `${e.id} ${e.path}`) };
      const xml = toEdxml(d, options);
      const read = parseEdxml(xml);
      return {
        // A line break kept in a name or a trích yếu travels as a space (edXML fields are one line),
        // as the CI property test has it (test/xml/edxml-writer.test.ts).
        want: { view: edxmlRoundTripView(breaksAsSpaces(d)), diagnostics: [] },
        got: {
          view: edxmlRoundTripView(read.document),
          diagnostics: read.diagnostics.filter((x) => x.severity !== 'info').map((x) => `${x.id} ${x.path}`),
        },
        file: xml,
      };
    },
    xmllint: ['--noout'],
  },
  text: {
    arbitrary: documentArbitrary({ printable: true, strings: 'text' }),
    async run(d) {
      // A kept line break reads back as a space, as in test/writers/text/to-text.test.ts.
      return { want: breaksAsSpaces(d), got: parseText(toText(d)).document };
    },
  },
  docx: {
    arbitrary: documentArbitrary({ printable: true, strings: 'docx' }),
    async run(d) {
      return { want: breaksAsSpaces(d), got: (await parseDocx(await toDocx(d))).document };
    },
  },
};

/** The first place two values differ, as a path and the two values there (shortened). */
function firstDifference(want: unknown, got: unknown, path = ''): string {
  if (isDeepStrictEqual(want, got)) return '';
  if (typeof want === 'object' && want !== null && typeof got === 'object' && got !== null) {
    const keys = new Set([...Object.keys(want), ...Object.keys(got)]);
    for (const key of keys) {
      const d = firstDifference(
        (want as Record<string, unknown>)[key],
        (got as Record<string, unknown>)[key],
        path ? `${path}.${key}` : key,
      );
      if (d) return d;
    }
  }
  const show = (v: unknown) => {
    const s = JSON.stringify(v) ?? 'undefined';
    return s.length > 160 ? `${s.slice(0, 160)}…` : s;
  };
  return `${path || '(root)'}: wanted ${show(want)}, got ${show(got)}`;
}

async function runWriter(name: StringTarget, runs: number): Promise<number> {
  const trip = TRIPS[name];
  const failures: string[] = [];
  let failed = 0;
  let invalid = 0;
  const started = performance.now();
  for (let done = 0, batch = 0; done < runs; batch++) {
    const seed = 17_000 + batch;
    const documents = fc.sample(trip.arbitrary, { numRuns: Math.min(BATCH, runs - done), seed });
    const dir = trip.xmllint && hasXmllint ? mkdtempSync(join(tmpdir(), `vanban-long-${name}-`)) : undefined;
    const files: string[] = [];
    for (const [index, d] of documents.entries()) {
      try {
        const { want, got, file } = await trip.run(d, index);
        if (!isDeepStrictEqual(want, got)) {
          failed++;
          if (failures.length < SHOWN) failures.push(`seed ${seed} #${index}: ${firstDifference(want, got)}`);
        }
        if (dir && file !== undefined) {
          const path = join(dir, `${index}.xml`);
          writeFileSync(path, file);
          files.push(path);
        }
      } catch (err) {
        failed++;
        if (failures.length < SHOWN) failures.push(`seed ${seed} #${index}: threw ${String(err).slice(0, 300)}`);
      }
    }
    if (dir) {
      const out = spawnSync('xmllint', [...trip.xmllint!, ...files], { encoding: 'utf8', maxBuffer: 1 << 26 });
      const errors = out.stderr.split('\n').filter((l) => l !== '' && !l.endsWith(' validates'));
      if (errors.length > 0) {
        invalid += new Set(errors.map((l) => l.split(':')[0])).size;
        if (failures.length < SHOWN) failures.push(`seed ${seed} xmllint: ${errors.slice(0, 3).join(' | ')}`);
      }
      rmSync(dir, { recursive: true, force: true });
    }
    done += documents.length;
  }
  const seconds = (performance.now() - started) / 1000;
  const lint = trip.xmllint ? (hasXmllint ? `, ${invalid} refused by xmllint` : ', xmllint not installed') : '';
  console.log(`${name}: ${runs} round trips, ${failed} failures${lint} (${seconds.toFixed(0)} s)`);
  for (const f of failures) console.log(`  ${f}`);
  return failed + invalid;
}

const runs = Number(process.argv[2] ?? 10_000);
const names = (process.argv.slice(3).length ? process.argv.slice(3) : Object.keys(TRIPS)) as StringTarget[];
let total = 0;
for (const name of names) total += await runWriter(name, runs);
process.exitCode = total === 0 ? 0 : 1;
