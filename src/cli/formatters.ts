/**
 * Report formatters for `vanban validate`. Each takes file reports one at a time and writes as it
 * goes (nothing is kept but counts), so a run over 100,000 files stays in bounded memory.
 *
 * @module
 */
import { codeDocsUrl, DIAGNOSTIC_CODES, ruleDocsUrl } from '../diagnostics/index.js';
import { RULES } from '../index.js';
import type { Verdict } from '../validate/report.js';
import { type FileDiagnostic, type FileReport, READER_SOURCES } from './check-file.js';

/** A sink for file reports, written to `out` as they arrive. */
export interface Formatter {
  file(report: FileReport): void;
  end(totals: Totals): void;
}

/** Counts over the whole run. */
export interface Totals {
  files: number;
  errors: number;
  warnings: number;
  unusable: number;
  /** Files by verdict. */
  verdicts: Record<Verdict, number>;
}

/** Totals of a run that has not seen a file yet. */
export function emptyTotals(): Totals {
  return {
    files: 0,
    errors: 0,
    warnings: 0,
    unusable: 0,
    verdicts: { compliant: 0, 'non-compliant': 0, incomplete: 0, 'not-judged': 0 },
  };
}

/** Adds one file's report to the run's totals. */
export function count(totals: Totals, report: FileReport): void {
  totals.files++;
  totals.errors += report.errors;
  totals.warnings += report.warnings;
  if (report.unusable) totals.unusable++;
  if (report.verdict) totals.verdicts[report.verdict]++;
}

type Write = (chunk: string) => void;
type Locale = 'vi' | 'en';

const WORDS = {
  vi: {
    problems: 'vấn đề',
    errors: 'lỗi',
    warnings: 'cảnh báo',
    files: 'tệp',
    unusable: 'không đọc được',
    fixed: 'đã sửa',
    unsupported: 'không sửa',
    verdicts: {
      compliant: 'đạt',
      'non-compliant': 'không đạt',
      incomplete: 'chưa đủ để kết luận',
      'not-judged': 'không đánh giá',
    },
  },
  en: {
    problems: 'problem(s)',
    errors: 'error(s)',
    warnings: 'warning(s)',
    files: 'file(s)',
    unusable: 'unusable input',
    fixed: 'fixed',
    unsupported: 'not fixed',
    verdicts: {
      compliant: 'compliant',
      'non-compliant': 'non-compliant',
      incomplete: 'incomplete',
      'not-judged': 'not judged',
    },
  },
} as const;

/** ✔ only for a compliant document; the other verdicts are said in words, never with a tick. */
const MARK: Record<Verdict, string> = { compliant: '✔', 'non-compliant': '✖', incomplete: '–', 'not-judged': '–' };

/** Whether a report to act on shows `d`: a reader's notes (text set aside, an encoding converted) are left out. */
const shown = (d: FileDiagnostic) => d.severity !== 'info' || !READER_SOURCES.has(d.source);

/** "✔ compliant", "– incomplete: no layout facts …" for the file's heading line. */
function verdictLine(report: FileReport, locale: Locale): string {
  if (!report.verdict) return '';
  const reasons = (report.reasons ?? []).map((r) => r[locale]).join('; ');
  return `${MARK[report.verdict]} ${WORDS[locale].verdicts[report.verdict]}${reasons ? `: ${reasons}` : ''}`;
}

/** `line:col` in a text, `¶n` (the paragraph) in a DOCX, `p.n` (the page) in a PDF, else the model path. */
function where(d: FileDiagnostic): string {
  if (d.line !== undefined) return `${d.line}:${d.column}`;
  if (d.page !== undefined) return `p.${d.page}`;
  return d.paragraph === undefined ? (d.path ?? '') : `¶${d.paragraph}`;
}

/**
 * ESLint-like: each file with its verdict ("✔ compliant" only when it is; a word and the reason
 * otherwise), then `line:col  severity  message  id` (the model path when no line), a summary.
 */
function stylish(write: Write, locale: Locale): Formatter {
  const w = WORDS[locale];
  return {
    file(report) {
      if (report.unusable) {
        write(`\n${report.file}\n  ${w.unusable}: ${report.unusable}\n`);
        return;
      }
      write(`\n${report.file}  ${verdictLine(report, locale)}\n`);
      if (report.fixed) {
        const fixed = report.fixed.unsupported
          ? `${w.unsupported}: ${report.fixed.unsupported}`
          : `${w.fixed}: ${report.fixed.applied.length ? report.fixed.applied.join(', ') : '0'}`;
        write(`  ${fixed}\n`);
      }
      for (const d of report.diagnostics.filter(shown))
        write(`  ${where(d).padEnd(8)}  ${d.severity.padEnd(7)}  ${d.message[locale]}  ${d.id}\n`);
    },
    end(t) {
      const problems = t.errors + t.warnings;
      const allCompliant = t.files > 0 && t.verdicts.compliant === t.files;
      const verdicts = (Object.keys(t.verdicts) as Verdict[])
        .filter((v) => t.verdicts[v] > 0)
        .map((v) => `${t.verdicts[v]} ${w.verdicts[v]}`)
        .join(', ');
      write(
        `\n${allCompliant && problems === 0 ? '✔' : problems > 0 || t.unusable > 0 ? '✖' : '–'} ${problems} ${w.problems} (${t.errors} ${w.errors}, ${t.warnings} ${w.warnings}) — ${t.files} ${w.files}${verdicts ? `: ${verdicts}` : ''}${t.unusable ? `, ${t.unusable} ${w.unusable}` : ''}\n`,
      );
    },
  };
}

/** One JSON line per file, streamed: its verdict, reasons and every diagnostic (the readers' notes too). */
function jsonLines(write: Write): Formatter {
  return { file: (report) => write(`${JSON.stringify(report)}\n`), end() {} };
}

// GitHub workflow commands: `%`, CR and LF are escaped in messages; `,` and `:` too in properties.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions annotations: `::error file=…,line=…,col=…,title=<id>::message`. */
function github(write: Write, locale: Locale): Formatter {
  return {
    file(report) {
      if (report.unusable)
        write(`::error file=${escapeProperty(report.file)},title=unusable-input::${escapeData(report.unusable)}\n`);
      // A file that could not be fully judged is said once, so that silence never reads as compliant.
      if (report.verdict === 'incomplete' || report.verdict === 'not-judged')
        write(
          `::notice file=${escapeProperty(report.file)},title=${report.verdict}::${escapeData(verdictLine(report, locale))}\n`,
        );
      for (const d of report.diagnostics.filter(shown)) {
        const level = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
        const position = d.line === undefined ? '' : `,line=${d.line},col=${d.column}`;
        const place = [
          d.paragraph === undefined ? undefined : `¶${d.paragraph}`,
          d.page === undefined ? undefined : `p.${d.page}`,
          d.path,
        ]
          .filter(Boolean)
          .join(', ');
        write(
          `::${level} file=${escapeProperty(report.file)}${position},title=${escapeProperty(d.id)}::${escapeData(place ? `${d.message[locale]} (${place})` : d.message[locale])}\n`,
        );
      }
    },
    end() {},
  };
}

/**
 * SARIF 2.1.0: the rule metadata first (every rule, from the rule metas), then results streamed
 * into `runs[0].results`, closed at the end.
 */
function sarif(write: Write, locale: Locale): Formatter {
  const level = (severity: string) => (severity === 'info' ? 'note' : severity);
  const rules = [
    ...RULES.map(({ meta }) => ({
      id: meta.id,
      name: meta.id.split('/').at(-1),
      shortDescription: { text: meta.title[locale] },
      fullDescription: { text: `${meta.description[locale]} (${meta.legal})` },
      helpUri: ruleDocsUrl(meta.id),
      defaultConfiguration: { level: level(meta.severity) },
    })),
    // The readers' codes are rules of the run too: a DOCX with tracked changes is a result like any other.
    ...Object.entries(DIAGNOSTIC_CODES).map(([id, meta]) => ({
      id,
      name: id.split('/').at(-1),
      shortDescription: { text: meta.title[locale] },
      fullDescription: { text: meta.description[locale] },
      helpUri: codeDocsUrl(id),
      defaultConfiguration: { level: level(meta.severity) },
    })),
  ];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const driver = { name: 'vanban', rules };
  write(
    `{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":${JSON.stringify(driver)}},"results":[`,
  );
  let first = true;
  const result = (value: unknown) => {
    write(`${first ? '' : ','}\n${JSON.stringify(value)}`);
    first = false;
  };
  // Each file's verdict goes in `runs[0].artifacts` (written at the end; a file and a word each).
  const artifacts: unknown[] = [];
  return {
    file(report) {
      const artifactLocation = { uri: report.file.split('\\').join('/') };
      artifacts.push({
        location: artifactLocation,
        ...(report.verdict && {
          properties: {
            verdict: report.verdict,
            ...(report.reasons && { reasons: report.reasons.map((r) => r[locale]) }),
          },
        }),
      });
      if (report.unusable)
        result({
          ruleId: 'vanban/unusable-input',
          level: 'error',
          message: { text: report.unusable },
          locations: [{ physicalLocation: { artifactLocation } }],
        });
      for (const d of report.diagnostics) {
        const physicalLocation =
          d.line === undefined
            ? { artifactLocation }
            : {
                artifactLocation,
                region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
              };
        result({
          ruleId: d.id,
          ...(ruleIndex.has(d.id) && { ruleIndex: ruleIndex.get(d.id) }),
          level: d.severity === 'info' ? 'note' : d.severity,
          message: { text: d.message[locale] },
          // No range from the reader: the model path (and a DOCX's paragraph) is the place to point at.
          locations: [
            {
              physicalLocation,
              ...(d.path !== undefined && { logicalLocations: [{ fullyQualifiedName: d.path, kind: 'member' }] }),
              ...(d.paragraph !== undefined && { properties: { paragraph: d.paragraph } }),
              ...(d.page !== undefined && { properties: { page: d.page } }),
            },
          ],
        });
      }
    },
    end() {
      write(`\n],"artifacts":${JSON.stringify(artifacts)}}]}\n`);
    },
  };
}

/** The formatter named by `--format`, or undefined for an unknown name. */
export function createFormatter(name: string, write: Write, locale: Locale): Formatter | undefined {
  switch (name) {
    case 'stylish':
      return stylish(write, locale);
    case 'json':
      return jsonLines(write);
    case 'github':
      return github(write, locale);
    case 'sarif':
      return sarif(write, locale);
    default:
      return undefined;
  }
}
