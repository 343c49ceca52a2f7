/**
 * `vanban parse`: each input as the JSON model, or `--summary`: a few readable lines.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { formatNumberNotation } from '../../grammar/index.js';
import type { Diagnostic } from '../../diagnostics/index.js';
import type { DigitalSignatureFacts, ReadDocument } from '../../model/index.js';
import type { CommandLine } from '../args.js';
import { readInput, readStatus, sniffFormat } from '../input.js';

/** Reader diagnostics listed under a summary; more are counted, not printed. */
const LISTED_DIAGNOSTICS = 10;

/** One line a digital signature: field, signer, time, how far it reaches, whether it verifies. */
function signatureLines(facts: DigitalSignatureFacts | undefined): string[] {
  if (!facts) return [];
  return [
    `  digital signatures: ${facts.signatures.length}`,
    ...facts.signatures.map((s) => {
      const verified =
        s.integrity.digestMatches === false || s.integrity.signatureValid === false
          ? 'does not verify'
          : s.integrity.digestMatches && s.integrity.signatureValid
            ? 'verified'
            : 'not verified';
      const time = s.signingTime?.iso ?? s.cmsSigningTime ?? '—';
      return `    ${s.fieldName ?? '—'}  ${s.signer?.subjectCommonName ?? '—'}  ${time}  ${s.byteRange.coverage}  ${verified}`;
    }),
  ];
}

/**
 * The few lines `--summary` prints: kind, số/ký hiệu, issuer, date, subject, signers, a PDF's
 * digital signatures, and what the reader could not read or changed (its diagnostics, the first
 * ten listed in `locale`).
 */
export function summarize(
  file: string,
  format: string,
  document: ReadDocument,
  diagnostics: readonly Diagnostic[],
  locale: 'vi' | 'en' = 'vi',
  signatures?: DigitalSignatureFacts,
): string {
  const notation = formatNumberNotation({ number: document.number, notation: document.notation }, { blankWidth: 1 });
  const signers = document.signatures.map((s) => [s.title, s.name].filter(Boolean).join(' ')).join('; ');
  return [
    `${file} (${format})`,
    `  kind:      ${document.kind ?? '—'}`,
    `  ${notation}`,
    `  issuer:    ${document.issuer?.name ?? '—'}`,
    `  date:      ${document.date ?? '—'}${document.place ? ` (${document.place})` : ''}`,
    `  subject:   ${document.subject ?? '—'}`,
    `  signers:   ${signers || '—'}`,
    ...signatureLines(signatures),
    `  reader diagnostics: ${diagnostics.length}`,
    ...diagnostics
      .slice(0, LISTED_DIAGNOSTICS)
      .map(
        (d) =>
          `    ${d.severity.padEnd(7)} ${d.id}${d.place ? ` (${d.place.line}:${d.place.column})` : ''}  ${d.message[locale]}`,
      ),
    ...(diagnostics.length > LISTED_DIAGNOSTICS ? [`    … ${diagnostics.length - LISTED_DIAGNOSTICS} more`] : []),
    '',
  ].join('\n');
}

/**
 * Runs `vanban parse`; returns the exit code (2 when an input is unusable). One file prints its
 * model as pretty JSON; several files print JSON Lines, one `{ file, format, document }` (or
 * `{ file, format: 'edxml-status', status, diagnostics }`) per file in input order, so that any JSON
 * Lines reader takes the output and a file left out as unusable (said on stderr) shifts no other.
 */
export async function parseCommand(
  line: CommandLine,
  write: (chunk: string) => void,
  warn: (chunk: string) => void,
): Promise<number> {
  const lines = line.inputs.length > 1;
  // `value` alone for one file; `{ file, format, ...fields }` on one line each for several.
  const json = (value: unknown, record: Record<string, unknown>) =>
    lines ? `${JSON.stringify(record)}\n` : `${JSON.stringify(value, null, 2)}\n`;
  let exitCode = 0;
  for (const file of line.inputs) {
    try {
      const bytes = readFileSync(file);
      if (sniffFormat(bytes) === 'edxml-status') {
        // A status package has no document: its status is the useful part.
        const status = readStatus(bytes);
        write(json(status, { file, format: 'edxml-status', ...status }));
        continue;
      }
      const input = await readInput(bytes);
      write(
        line.summary
          ? summarize(file, input.format, input.document, input.diagnostics ?? [], line.locale, input.signatures)
          : json(input.document, { file, format: input.format, document: input.document }),
      );
    } catch (error) {
      warn(`${file}: unusable input: ${(error as Error).message}\n`);
      exitCode = 2;
    }
  }
  return exitCode;
}
