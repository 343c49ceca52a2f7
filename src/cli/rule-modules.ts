/**
 * An agency's own rules for the command (`--rules ./house-rules.mjs`): ES modules whose default
 * export, or `rules` export, is an array of rules made with `defineRule` (or one rule). They run
 * with the Decree 30 rules, in this thread and in every worker.
 *
 * @module
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type AnyRule, RULES } from '../index.js';

const loaded = new Map<string, Promise<readonly AnyRule[]>>();

/** The rules of the modules at `paths` (absolute), added to the built-in registry; loaded once per thread. */
export function registryWith(paths: readonly string[]): Promise<readonly AnyRule[]> {
  const key = paths.join('\0');
  let registry = loaded.get(key);
  if (!registry) {
    registry = Promise.all(paths.map(load)).then((lists) => [...RULES, ...lists.flat()]);
    loaded.set(key, registry);
  }
  return registry;
}

/** Absolute paths, so that workers started elsewhere find the same files. */
export function absoluteModulePaths(paths: readonly string[]): string[] {
  return paths.map((p) => resolve(p));
}

async function load(path: string): Promise<AnyRule[]> {
  const module = (await import(pathToFileURL(path).href)) as { default?: unknown; rules?: unknown };
  const found = module.rules ?? module.default;
  const rules = Array.isArray(found) ? found : found === undefined ? [] : [found];
  if (rules.length === 0)
    throw new TypeError(`${path}: exports no rules (a default or \`rules\` export of rules made with defineRule)`);
  for (const rule of rules) {
    const r = rule as Partial<AnyRule>;
    if (typeof r?.check !== 'function' || typeof r.meta?.id !== 'string')
      throw new TypeError(`${path}: every export must be a rule made with defineRule (meta.id and check)`);
  }
  return rules as AnyRule[];
}
