import type { Diagnostic, FixSafety, TextEdit } from '../diagnostics/diagnostic.js';
import { normalizeDeep } from '../model/normalize.js';
import { DocumentSchema, type VanbanDocument } from '../model/document.js';

/**
 * Applying fixes: to the model (`applyFixes`) or to the reader's input text (`applyTextEdits`, the
 * CLI's `--fix`).
 *
 * @module
 */

/** Which fixes to apply: `safe` only, `guarded` and safe, or every one including `suggestion`s. */
export interface ApplyFixesOptions {
  readonly safety?: FixSafety;
}

/** What {@link applyFixes} did. */
export interface AppliedFixes<T> {
  readonly document: T;
  /** Diagnostics whose fix was applied. */
  readonly applied: readonly Diagnostic[];
  /** Diagnostics left: no fix, a fix above the safety asked for, or one that conflicted. */
  readonly remaining: readonly Diagnostic[];
}

const LEVEL: Record<FixSafety, number> = { safe: 0, guarded: 1, suggestion: 2 };

function eligible(d: Diagnostic, safety: FixSafety): boolean {
  return d.fix !== undefined && LEVEL[d.fix.safety] <= LEVEL[safety];
}

function setPath(target: unknown, path: string, value: unknown): boolean {
  const keys = path.split('.');
  let node = target as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) return false;
    node = next as Record<string, unknown>;
  }
  const last = keys.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return true;
}

/**
 * Applies the fixes of `diagnostics` to a copy of the document, in order; a fix that would leave
 * the document outside the model is not applied and stays in `remaining`.
 *
 * @example
 * ```ts
 * const { document: fixed, remaining } = applyFixes(doc, validate(doc).diagnostics, { safety: 'safe' });
 * ```
 */
export function applyFixes(
  document: VanbanDocument,
  diagnostics: readonly Diagnostic[],
  options: ApplyFixesOptions = {},
): AppliedFixes<VanbanDocument> {
  const safety = options.safety ?? 'safe';
  let current = document;
  const applied: Diagnostic[] = [];
  const remaining: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (!eligible(d, safety) || d.fix!.changes.length === 0) {
      remaining.push(d);
      continue;
    }
    const draft = structuredClone(current) as unknown;
    const ok = d.fix!.changes.every((c) => setPath(draft, c.path, normalizeDeep(c.value)));
    const parsed = ok ? DocumentSchema.safeParse(draft) : undefined;
    if (parsed?.success) {
      current = parsed.data;
      applied.push(d);
    } else remaining.push(d);
  }
  return { document: current, applied, remaining };
}

/**
 * Applies the text edits of `diagnostics` to the reader's input: edits that overlap an edit
 * already taken are skipped, the rest are applied from the end so offsets stay right.
 */
export function applyTextEdits(
  text: string,
  diagnostics: readonly Diagnostic[],
  options: ApplyFixesOptions = {},
): AppliedFixes<string> {
  const safety = options.safety ?? 'safe';
  const taken: { edit: TextEdit; diagnostic: Diagnostic }[] = [];
  const applied: Diagnostic[] = [];
  const remaining: Diagnostic[] = [];
  for (const d of diagnostics) {
    const edits = eligible(d, safety) ? d.fix!.edits : undefined;
    const overlaps = edits?.some((e) =>
      taken.some(({ edit: t }) => (e.offset < t.end && t.offset < e.end) || (e.offset === t.offset && e.end === t.end)),
    );
    if (!edits || edits.length === 0 || overlaps) {
      remaining.push(d);
      continue;
    }
    for (const edit of edits) taken.push({ edit, diagnostic: d });
    applied.push(d);
  }
  let out = text;
  for (const { edit } of [...taken].sort((a, b) => b.edit.offset - a.edit.offset))
    out = out.slice(0, edit.offset) + edit.text + out.slice(edit.end);
  return { document: out, applied, remaining };
}
