import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { createDocument } from '../model/create.js';
import type { SourceMap, SourceSpan } from '../model/source.js';
import { runRules } from './engine.js';
import { applyFixes, applyTextEdits } from './fixes.js';
import type { AnyRule, RuleExample } from '../rule-kit/types.js';

/**
 * A small rule tester in the manner of ESLint's and textlint's: it runs a rule's valid and invalid
 * examples (its own `meta.examples`, or the cases given: vanban's rules keep theirs in
 * `RULE_EXAMPLES`) and says what did not hold.
 *
 * @module
 */

/** One failed expectation. */
export interface RuleTestFailure {
  readonly ruleId: string;
  readonly example: string;
  readonly problem: string;
}

/** The outcome of running one example. */
export interface ExampleRun {
  readonly example: RuleExample;
  readonly diagnostics: readonly Diagnostic[];
  readonly problems: readonly string[];
}

function runRule(rule: AnyRule, example: RuleExample, sources?: SourceMap): Diagnostic[] {
  const severity = rule.meta.severity;
  const setting = example.options === undefined ? severity : ([severity, example.options] as const);
  const report = runRules([rule], createDocument(example.document), {
    rules: { [rule.meta.id]: setting },
    ...((sources ?? example.sources) && { sources: sources ?? example.sources }),
    ...(example.layout && { layout: example.layout }),
    ...(example.signatures && { signatures: example.signatures }),
  });
  return [...report.diagnostics];
}

/** Rebuilds example sources (one path a line) after text edits, so that a fixed text can be validated again. */
function reread(sources: SourceMap, text: string): SourceMap | undefined {
  const entries = Object.entries(sources).sort((a, b) => a[1].offset - b[1].offset);
  const lines = text.split('\n');
  if (lines.length !== entries.length) return undefined;
  const out: Record<string, SourceSpan> = {};
  let offset = 0;
  entries.forEach(([path], i) => {
    const raw = lines[i]!;
    out[path] = {
      raw,
      offset,
      end: offset + raw.length,
      line: i + 1,
      column: 1,
      endLine: i + 1,
      endColumn: raw.length + 1,
    };
    offset += raw.length + 1;
  });
  return out;
}

function joinSources(sources: SourceMap): string {
  return Object.values(sources)
    .sort((a, b) => a.offset - b.offset)
    .map((s) => s.raw)
    .join('\n');
}

/** Runs one example of `rule`: a valid one must give no finding, an invalid one its `paths` (and be fixable when it says so). */
export function runExample(rule: AnyRule, example: RuleExample, valid: boolean): ExampleRun {
  const problems: string[] = [];
  let diagnostics: Diagnostic[];
  try {
    diagnostics = runRule(rule, example);
  } catch (error) {
    return { example, diagnostics: [], problems: [`threw: ${(error as Error).message}`] };
  }
  if (valid) {
    if (diagnostics.length > 0)
      problems.push(`expected no finding, got ${diagnostics.map((d) => `${d.path}: ${d.message.en}`).join(' | ')}`);
    return { example, diagnostics, problems };
  }
  if (diagnostics.length === 0) problems.push('expected findings, got none');
  const paths = diagnostics.map((d) => d.path);
  if (example.paths && JSON.stringify(paths) !== JSON.stringify(example.paths))
    problems.push(`expected paths ${JSON.stringify(example.paths)}, got ${JSON.stringify(paths)}`);
  if (example.fixable) {
    const first = diagnostics[0];
    if (!first?.fix) problems.push('expected a fix on the first finding');
    else if (first.fix.edits && example.sources) {
      const { document: text } = applyTextEdits(joinSources(example.sources), [first], { safety: 'suggestion' });
      const fixedSources = reread(example.sources, text);
      const again = fixedSources ? runRule(rule, example, fixedSources).filter((d) => d.path === first.path) : [first];
      if (again.length > 0) problems.push(`the text fix left: ${again.map((d) => d.message.en).join(' | ')}`);
    } else {
      const { document, applied } = applyFixes(createDocument(example.document), [first], { safety: 'suggestion' });
      if (applied.length === 0) problems.push('the fix could not be applied to the model');
      const again = runRule(rule, { ...example, document }).filter((d) => d.path === first.path);
      if (again.length > 0) problems.push(`the model fix left: ${again.map((d) => d.message.en).join(' | ')}`);
    }
  }
  return { example, diagnostics, problems };
}

/**
 * Tests rules against their examples. Give it your own rules (an agency's house abbreviations, say)
 * and call `run` in a test; it returns every failure rather than stopping at the first.
 *
 * @example
 * ```ts
 * const failures = new RuleTester().run(myRule);
 * expect(failures).toEqual([]);
 * ```
 */
export class RuleTester {
  /** Runs `rule`'s own examples, or the cases given. */
  run(
    rule: AnyRule,
    cases: { valid?: readonly RuleExample[]; invalid?: readonly RuleExample[] } = rule.meta.examples ?? {},
  ): RuleTestFailure[] {
    const failures: RuleTestFailure[] = [];
    for (const [list, valid] of [
      [cases.valid ?? [], true],
      [cases.invalid ?? [], false],
    ] as const) {
      for (const example of list) {
        for (const problem of runExample(rule, example, valid).problems)
          failures.push({ ruleId: rule.meta.id, example: example.name, problem });
      }
    }
    return failures;
  }
}
