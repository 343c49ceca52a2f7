import { codeDiagnostic } from '../diagnostics/build.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * What the writers print around a value, given again in the value: "V/v" before a công văn's
 * trích yếu, the dash and the ";" or "." of a list entry (PL I, I.II.5.b, I.II.9), "Lưu:" before
 * the archive entries, the "KT." of an authority line, "Điều 1." or "a)" before a block's text.
 * Written as given they would print twice ("V/v V/v …", "- - Như trên;;"); they are taken off on
 * creation with a `model/printed-prefix` diagnostic, or refused.
 *
 * @module
 */

/** What to do with a printed prefix or end mark found in the input. */
export type PrintedPrefixes = 'strip' | 'refuse';

type Data = Record<string, unknown>;

const isObject = (v: unknown): v is Data => v !== null && typeof v === 'object' && !Array.isArray(v);

/** One removal: where, what was taken off, and the value left. */
interface Removal {
  readonly path: string;
  readonly removed: string;
  readonly value: string;
}

// A list entry's dash or bullet, and its end mark (PL I, I.II.9.a–b).
const ENTRY_DASH = /^(?:[-–—+•*]\s*)+/u;
const ENTRY_END = /\s*[;.,]+$/u;
const LETTER_PREFIX = /^(?:(?:V\/v|V\/V|v\/v|Về việc)\s*[:.]?\s+)+/u;
const ARCHIVE_HEAD = /^Lưu\s*:?\s*/u;

/**
 * Takes the printed prefixes and end marks off `input` (a plain object, after NFC normalisation):
 * returns the cleaned copy and one diagnostic per removal, warnings under `strip`, errors under
 * `refuse` (then the caller refuses the input).
 */
export function stripPrintedPrefixes(
  input: unknown,
  mode: PrintedPrefixes = 'strip',
): { value: unknown; diagnostics: Diagnostic[] } {
  if (!isObject(input)) return { value: input, diagnostics: [] };
  const removals: Removal[] = [];
  const doc: Data = { ...input };
  const take = (path: string, value: string, cleaned: string): string => {
    if (cleaned !== value && cleaned.length > 0)
      removals.push({ path, removed: removedPart(value, cleaned), value: cleaned });
    return cleaned.length > 0 ? cleaned : value;
  };
  const list = (owner: Data, field: string, base: string, clean: (s: string) => string) => {
    const items = owner[field];
    if (!Array.isArray(items)) return;
    owner[field] = items.map((item, i) =>
      typeof item === 'string' ? take(`${base}${field}.${i}`, item, clean(item)) : item,
    );
  };

  if (typeof doc['subject'] === 'string' && doc['kind'] === 'cong-van')
    doc['subject'] = take(
      'subject',
      doc['subject'],
      doc['subject'].replace(LETTER_PREFIX, '').replace(/\s*[.;]+$/u, ''),
    );
  if (typeof doc['notation'] === 'string')
    doc['notation'] = take(
      'notation',
      doc['notation'],
      doc['notation'].replace(/^(?:(?:Số\s*:?\s*\d*\/|\/)\s*)+/u, ''),
    );
  list(doc, 'recipients', '', (s) =>
    s
      .replace(/^Kính gửi\s*:\s*/u, '')
      .replace(ENTRY_DASH, '')
      .replace(ENTRY_END, ''),
  );
  closingLists(doc, '', take, list, removals);
  if (isObject(doc['copy'])) {
    const copy: Data = { ...doc['copy'] };
    closingLists(copy, 'copy.', take, list, removals);
    doc['copy'] = copy;
  }
  if (Array.isArray(doc['signatures']))
    doc['signatures'] = doc['signatures'].map((s, i) => signature(s, `signatures.${i}.`, take));
  if (Array.isArray(doc['body'])) doc['body'] = doc['body'].map((b, i) => block(b, `body.${i}.`, take));
  if (Array.isArray(doc['appendices']))
    doc['appendices'] = doc['appendices'].map((a, i) => {
      if (!isObject(a)) return a;
      const out: Data = { ...a };
      const at = `appendices.${i}.`;
      if (typeof out['number'] === 'string')
        out['number'] = take(`${at}number`, out['number'], out['number'].replace(/^Phụ lục\s+(?:số\s+)?/iu, ''));
      if (typeof out['reference'] === 'string')
        out['reference'] = take(`${at}reference`, out['reference'], out['reference'].replace(/^\((.*)\)$/su, '$1'));
      if (Array.isArray(out['body'])) out['body'] = out['body'].map((b, k) => block(b, `${at}body.${k}.`, take));
      return out;
    });

  const refuse = mode === 'refuse';
  const diagnostics = removals.map((r) =>
    codeDiagnostic(
      'model/printed-prefix',
      refuse
        ? {
            vi: `"${r.removed}" do vanban tự in; hãy bỏ khỏi giá trị (viết "${r.value}")`,
            en: `"${r.removed}" is printed by vanban; leave it out of the value (write "${r.value}")`,
          }
        : {
            vi: `"${r.removed}" do vanban tự in, đã bỏ khỏi giá trị để không in hai lần (còn "${r.value}")`,
            en: `"${r.removed}" is printed by vanban; taken off the value so it is not printed twice (now "${r.value}")`,
          },
      { path: r.path, actual: r.removed, expected: r.value, ...(refuse && { severity: 'error' as const }) },
    ),
  );
  return { value: doc, diagnostics };
}

type Take = (path: string, value: string, cleaned: string) => string;
type List = (owner: Data, field: string, base: string, clean: (s: string) => string) => void;

/** Nơi nhận entries and the Lưu line of a document or of its copy block; a "Lưu: …" entry moves to `archive`. */
function closingLists(owner: Data, base: string, take: Take, list: List, removals: Removal[]): void {
  const distribution = owner['distribution'];
  if (Array.isArray(distribution)) {
    const kept: unknown[] = [];
    const moved: string[] = [];
    distribution.forEach((entry, i) => {
      const bare = typeof entry === 'string' ? entry.replace(ENTRY_DASH, '').replace(ENTRY_END, '') : undefined;
      if (bare !== undefined && ARCHIVE_HEAD.test(bare) && /^Lưu\b/u.test(bare)) {
        moved.push(bare);
        removals.push({
          path: `${base}distribution.${i}`,
          removed: entry as string,
          value: `archive: ${bare.replace(ARCHIVE_HEAD, '')}`,
        });
      } else kept.push(entry);
    });
    if (moved.length > 0) {
      owner['distribution'] = kept;
      const archive = Array.isArray(owner['archive']) ? [...(owner['archive'] as unknown[])] : [];
      for (const line of moved) archive.push(...archiveEntries(line));
      owner['archive'] = archive;
    }
  }
  list(owner, 'distribution', base, (s) => s.replace(ENTRY_DASH, '').replace(ENTRY_END, ''));
  const archive = owner['archive'];
  if (Array.isArray(archive)) {
    // "Lưu: VT, KGVX." given as one entry is the whole line: its entries are split.
    const split = archive.flatMap((entry, i) => {
      if (typeof entry !== 'string') return [entry];
      const bare = entry.replace(ENTRY_DASH, '');
      if (!ARCHIVE_HEAD.test(bare) || !/^Lưu/u.test(bare))
        return [take(`${base}archive.${i}`, entry, bare.replace(ENTRY_END, ''))];
      const entries = archiveEntries(bare);
      removals.push({ path: `${base}archive.${i}`, removed: entry, value: entries.join(', ') });
      return entries;
    });
    owner['archive'] = split;
  }
}

/** The entries of a Lưu line: "Lưu: VT, KGVX." → ["VT", "KGVX"]. */
function archiveEntries(line: string): string[] {
  return line
    .replace(ARCHIVE_HEAD, '')
    .replace(ENTRY_END, '')
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e.length > 0);
}

/** "KT." given as a prefix, and "KT. CHỦ TỊCH" as what follows it. */
function signature(value: unknown, at: string, take: Take): unknown {
  if (!isObject(value) || !Array.isArray(value['authority'])) return value;
  return {
    ...value,
    authority: value['authority'].map((line, i) => {
      if (!isObject(line)) return line;
      const out: Data = { ...line };
      if (typeof out['prefix'] === 'string')
        out['prefix'] = take(`${at}authority.${i}.prefix`, out['prefix'], out['prefix'].replace(/\.$/u, ''));
      if (typeof out['prefix'] === 'string' && typeof out['of'] === 'string') {
        const printed = new RegExp(`^${out['prefix']}\\.\\s*`, 'u');
        out['of'] = take(`${at}authority.${i}.of`, out['of'], out['of'].replace(printed, ''));
      }
      return out;
    }),
  };
}

/** "Điều 1." before an article's title or text, "1." before a khoản's, "a)" before a điểm's, a list's markers. */
function block(value: unknown, at: string, take: Take): unknown {
  if (!isObject(value)) return value;
  const out: Data = { ...value };
  const str = (field: string, clean: (s: string) => string) => {
    if (typeof out[field] === 'string') out[field] = take(`${at}${field}`, out[field], clean(out[field]));
  };
  switch (out['type']) {
    case 'article': {
      str('number', (s) => s.replace(/^Điều\s+/u, '').replace(/\.$/u, ''));
      const head =
        typeof out['number'] === 'string'
          ? new RegExp(`^Điều\\s+${escape(out['number'])}\\s*[.:]\\s*`, 'u')
          : undefined;
      if (head) {
        str('title', (s) => s.replace(head, ''));
        str('text', (s) => s.replace(head, ''));
      }
      break;
    }
    case 'clause': {
      str('number', (s) => s.replace(/\.$/u, ''));
      if (typeof out['number'] === 'string') {
        const head = new RegExp(`^${escape(out['number'])}\\.\\s+`, 'u');
        str('text', (s) => s.replace(head, ''));
      }
      break;
    }
    case 'point': {
      str('label', (s) => s.replace(/\)$/u, ''));
      if (typeof out['label'] === 'string') {
        const head = new RegExp(`^${escape(out['label'])}\\)\\s+`, 'u');
        str('text', (s) => s.replace(head, ''));
      }
      break;
    }
    case 'heading':
      str('number', (s) => s.replace(/^(?:Phần|Chương|Mục|Tiểu mục)\s+/iu, '').replace(/\.$/u, ''));
      break;
    case 'list': {
      const marker = typeof out['marker'] === 'string' ? out['marker'] : '-';
      const head = new RegExp(`^${escape(marker)}\\s+`, 'u');
      if (Array.isArray(out['items']))
        out['items'] = out['items'].map((item, i) =>
          typeof item === 'string' ? take(`${at}items.${i}`, item, item.replace(head, '')) : item,
        );
      break;
    }
  }
  return out;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The part of `value` that cleaning took off: its head, its tail, or both ("- " … ";"). */
function removedPart(value: string, cleaned: string): string {
  const at = value.indexOf(cleaned);
  if (at < 0) return value;
  const head = value.slice(0, at);
  const tail = value.slice(at + cleaned.length);
  return head && tail ? `${head.trimEnd()} … ${tail.trimStart()}` : (head || tail).trim();
}
