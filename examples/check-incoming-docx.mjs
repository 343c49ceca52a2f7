// Check an incoming DOCX against Decree 30: read it, validate it, print the report.
//
//   npm run build && node examples/check-incoming-docx.mjs [letter.docx]
import { readFileSync } from 'node:fs';
import { parseDocx, validate } from '../dist/index.js';

const file = process.argv[2] ?? new URL('./data/cong-van-vpcp.docx', import.meta.url).pathname;

// parseDocx never throws on content: what the reader noticed (tracked changes, macros, legacy fonts…)
// comes back as diagnostics; it throws only when the bytes are no usable DOCX at all.
const read = await parseDocx(readFileSync(file));
const { document } = read;
console.log(
  `${file}: ${document.kind} Số ${document.number ?? '—'}/${document.notation ?? '—'} of ${document.issuer.name}, ${document.date ?? 'no date'}`,
);

// Given the reader's whole result, validate also gets the sources (where each part was found), the
// layout facts measured in the file (margins, fonts, spacing), so the layout rules run too, and the
// reader's own diagnostics (tracked changes, macros…), which come first in the report.
const report = validate(read);
for (const d of report.diagnostics) {
  // A DOCX finding is placed by paragraph (from 0, tables included); else the model path says where.
  const paragraph = d.place?.paragraph;
  const where = paragraph === undefined ? (d.path ?? d.id) : `paragraph ${paragraph + 1}`;
  console.log(`  ${where.padEnd(13)} ${d.severity.padEnd(7)} ${d.message.vi}  (${d.id})`);
}
const { errors, warnings, passed } = report.summary;
console.log(`${errors} error(s), ${warnings} warning(s), ${passed} rule(s) passed`);
// A script in a mail-room job can fail on errors, as the vanban command does (exit 1).
process.exitCode = errors > 0 ? 1 : 0;
