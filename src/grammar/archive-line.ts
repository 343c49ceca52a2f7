import { type Deviation, deviation } from './deviation.js';

/**
 * The Lưu line that closes the Nơi nhận list (ô 9b) with the drafter code and copies (ô 12):
 * "- Lưu: VT, KGVX." / "- Lưu: VT, TCCB, 02. PL.(300)" (PL I, I.II.9.b, I.III.3; nd30.md §2.9).
 * The copy-count and drafter notations are UNCONFIRMED (nd30.md §8.3): we read the common forms.
 *
 * @module
 */

/** The parts of a Lưu line. */
export interface ArchiveLine {
  readonly archive: readonly string[];
  readonly archiveCopies?: number;
  readonly drafter?: { readonly code: string; readonly copies?: number };
}

/** "Lưu: VT, KGVX." (without the leading dash); with the drafter "Lưu: VT, KGVX. PL.(300)". */
export function formatArchiveLine(line: ArchiveLine): string {
  const entries = [...line.archive];
  if (line.archiveCopies !== undefined) entries.push(String(line.archiveCopies).padStart(2, '0'));
  const drafter = line.drafter
    ? ` ${line.drafter.code}${line.drafter.copies !== undefined ? `.(${line.drafter.copies})` : '.'}`
    : '';
  return `Lưu: ${entries.join(', ')}.${drafter}`;
}

/** What {@link parseArchiveLine} read. */
export interface ParsedArchiveLine extends ArchiveLine {
  readonly deviations: readonly Deviation[];
}

// "Lưu" then a colon or nothing ("- Lưu." with no entry), or VT / Văn thư / hồ sơ, in any case ("LƯU: VT", "Luu VT")...
const ARCHIVE_LINE = /^[-–•+*\s]*l[ưu]u(?:\s*(?::|[.;]?\s*$)|\s+(?:vt|văn thư|hồ sơ)(?![\p{L}\d]))/iu;
// ...or the holders in brackets ("- Lưu (VP ; KT&KĐCL).", "Lưu (VT)"), capitals first (not "Lưu (tham khảo)")...
const ARCHIVE_BRACKETED = /^[-–•+*\s]*(?:L[ưu]u|LƯU)\s*\(\s*\p{Lu}/u;
// ...or "Lưu" before a capitalised name ("Lưu Văn phòng Trung ương Đảng.", corpus 019).
const ARCHIVE_NAMED = /^[-–•+*\s]*L[ưu]u\s+\p{Lu}/u;

/**
 * True when the line is a Lưu line ("- Lưu: VT", "Lưu VT", "- Lưu hồ sơ", "Lưu Văn phòng Trung
 * ương Đảng"); not "Lưu ý: …" (a note) nor "LƯU HÀNH NỘI BỘ" (the circulation stamp, ô 11).
 */
export function isArchiveLine(line: string): boolean {
  const text = line.normalize('NFC').trim();
  return ARCHIVE_LINE.test(text) || ARCHIVE_NAMED.test(text) || ARCHIVE_BRACKETED.test(text);
}

/** Reads a Lưu line (with or without its dash). */
export function parseArchiveLine(raw: string): ParsedArchiveLine {
  const deviations: Deviation[] = [];
  // "- - Lưu: VT": a markdown list dash before the document's own is dropped too.
  let text = raw
    .normalize('NFC')
    .trim()
    .replace(/^(?:[-–•+*]\s*)+/, '');
  const label = /^L[ưu]u\s*(:?)\s*/iu.exec(text);
  if (label) {
    if (label[1] !== ':')
      deviations.push(
        deviation(
          'colon-missing',
          'Thiếu dấu hai chấm sau "Lưu"',
          'The colon after "Lưu" is missing',
          label[0].trim(),
          'Lưu:',
        ),
      );
    text = text.slice(label[0].length);
  }
  // "(VP ; KT&KĐCL).": the holders in brackets, the brackets no part of them.
  const bracketed = /^\(([^()]*)\)\s*([.;]?)\s*$/u.exec(text);
  if (bracketed) text = `${bracketed[1]!.replace(/\s*;\s*/gu, ', ').trim()}${bracketed[2]}`;
  // A bare number after the final period is the page number printed under the line, glued by the
  // copy ("VT (VDuần). 8."): copies are written "(2)" or "10b", never bare (PL I, I.III.3).
  text = text.replace(/\.\s+\d{1,3}\s*\.?\s*$/u, '.');
  // Drafter code and copies: "PL.(300)", "PL(300)", "TVH.10b" after the final period.
  let drafter: { code: string; copies?: number } | undefined;
  const drafterMatch = /[.;]\s+(?<code>[A-ZĐ][A-ZĐa-zđ]*)\s*\.?\s*(?:\((?<n>\d+)\)|(?<m>\d+)\s*b(?:ản)?)?\.?\s*$/u.exec(
    text,
  );
  if (drafterMatch && drafterMatch.groups!.code !== 'VT') {
    const copies = drafterMatch.groups!.n ?? drafterMatch.groups!.m;
    drafter = { code: drafterMatch.groups!.code!, ...(copies !== undefined && { copies: Number(copies) }) };
    text = text.slice(0, drafterMatch.index + 1);
  }
  const ending = text.trim().slice(-1);
  if (ending !== '.')
    deviations.push(
      deviation(
        'end-punctuation',
        'Dòng "Lưu" phải kết thúc bằng dấu chấm',
        'The Lưu line must end with a period',
        text.trim(),
        '.',
      ),
    );
  const entries = splitOutsideBrackets(text.replace(/[.;]+\s*$/, ''))
    .map((e) => e.trim())
    .filter(Boolean);
  let archiveCopies: number | undefined;
  // A copy count in brackets ("NN (2)", "KTN. (90b)", "TCCB (41b)") ends the list of holders: what
  // follows it is the drafter's mark ("NN (2), Loan.").
  const counted = entries.findIndex((e) => /\(\s*\d{1,4}\s*b?\s*\)$/u.test(e));
  if (counted >= 0 && counted > 0) {
    const entry = entries[counted]!;
    archiveCopies = Number(/(\d+)\s*b?\s*\)$/u.exec(entry)![1]);
    const after = entries.slice(counted + 1);
    entries.splice(counted, entries.length - counted, entry.replace(/[.\s]*\(\s*\d{1,4}\s*b?\s*\)$/u, ''));
    if (!drafter && after.length === 1 && /^\p{L}{1,12}$/u.test(after[0]!)) drafter = { code: after[0]! };
  }
  const last = entries.at(-1);
  if (last !== undefined && /^\d{1,3}(?:\s*b(?:ản)?)?$/u.test(last) && entries.length > 1) {
    archiveCopies = Number(/\d+/.exec(last)![0]);
    entries.pop();
  }
  if (!entries.includes('VT'))
    deviations.push(
      deviation(
        'vt-missing',
        'Dòng "Lưu" phải có "VT" (Văn thư)',
        'The Lưu line must name "VT" (Văn thư)',
        entries.join(', '),
        'VT',
      ),
    );
  return {
    archive: entries,
    ...(archiveCopies !== undefined && { archiveCopies }),
    ...(drafter && { drafter }),
    deviations,
  };
}

/** `text` split at its commas, but not inside brackets: "VT, NC (TP, Dũng)" is two holders, the second with its drafters' marks. */
function splitOutsideBrackets(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
