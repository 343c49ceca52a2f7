import type { z } from 'zod';
import { codeDiagnostic } from '../diagnostics/build.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { defOf, unwrap } from './schema-walk.js';
import { editDistance } from '../_lib/edit-distance.js';

/**
 * Keys of the input that are no field of the model: zod drops them silently (a misspelt `isuer`
 * would lose the issuer), so they are found here first, each reported with the nearest field.
 *
 * @module
 */

/** An unknown key: where it is, the fields it could have meant, and the field it most likely meant. */
export interface UnknownKey {
  /** The path of the object holding it (`''` for the document, `signatures.0`). */
  readonly at: string;
  readonly key: string;
  /** The nearest field of that object, when one is near enough. */
  readonly suggestion?: string;
  /** What the object is, for the message: "a document", "Issuer". */
  readonly owner: string;
}

/** The id of a schema's meta, for messages ("Issuer"); a described copy (`.describe()`) has its parent's. */
function idOf(schema: z.ZodType): string | undefined {
  let s: z.ZodType | undefined = schema;
  for (let i = 0; s && i < 8; i++) {
    const id = (s.meta() as { id?: string } | undefined)?.id;
    if (id) return id;
    s = (s as unknown as { _zod: { parent?: z.ZodType } })._zod.parent;
  }
  return undefined;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** What the value of a field is called in messages: its model type ("Signature" for an item of `signatures`), else the field. */
function ownerName(field: z.ZodType, key: string): string {
  const s = unwrap(field);
  const def = defOf(s);
  return (def.type === 'array' && def.element ? idOf(unwrap(def.element)) : idOf(s)) ?? key;
}

/** Every key of `value` that `schema` has no field for, depth first in input order. */
export function findUnknownKeys(schema: z.ZodType, value: unknown, at = '', owner = 'a document'): UnknownKey[] {
  const s = unwrap(schema);
  const def = defOf(s);
  const out: UnknownKey[] = [];
  const join = (key: string | number) => (at === '' ? String(key) : `${at}.${key}`);
  if (def.type === 'object' && def.shape && isPlainObject(value)) {
    const fields = Object.keys(def.shape);
    for (const [key, child] of Object.entries(value)) {
      const field = def.shape[key];
      if (field) {
        out.push(...findUnknownKeys(field, child, join(key), ownerName(field, key)));
        continue;
      }
      const suggestion = nearest(key, fields);
      out.push({ at, key, owner, ...(suggestion && { suggestion }) });
    }
  } else if (def.type === 'array' && def.element && Array.isArray(value)) {
    value.forEach((item, i) => out.push(...findUnknownKeys(def.element!, item, join(i), owner)));
  } else if (def.type === 'union' && def.options && isPlainObject(value)) {
    const tag = def.discriminator;
    const option = tag
      ? def.options.find((o) => {
          const shape = defOf(unwrap(o)).shape;
          const literal = shape?.[tag] && defOf(unwrap(shape[tag])).values;
          return literal?.includes(value[tag]);
        })
      : undefined;
    // An unknown `type` is zod's to report; without a discriminator, nothing is said.
    if (option) out.push(...findUnknownKeys(option, value, at, idOf(option) ?? owner));
  }
  return out;
}

/** The field nearest to `key` by edit distance (letters swapped count one), if near enough to be a slip. */
export function nearest(key: string, fields: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  let best: { field: string; distance: number } | undefined;
  for (const field of fields) {
    const distance = field.toLowerCase() === lower ? 0 : editDistance(lower, field.toLowerCase());
    if (!best || distance < best.distance) best = { field, distance };
  }
  if (!best) return undefined;
  // A slip is at most a third of the word (at least 1, at most 3 edits); "to" is not a slip of "copy".
  const allowed = Math.min(3, Math.max(1, Math.floor(Math.max(key.length, best.field.length) / 3)));
  return best.distance <= allowed ? best.field : undefined;
}

/** The diagnostic of an unknown key: "isuer: not a field of a document; did you mean issuer?". */
export function unknownKeyDiagnostic(found: UnknownKey): Diagnostic {
  const path = found.at === '' ? found.key : `${found.at}.${found.key}`;
  const ownerVi = found.owner === 'a document' ? 'văn bản' : found.owner;
  return codeDiagnostic(
    'model/unknown-key',
    {
      vi: `${found.key}: không phải là trường của ${ownerVi}${found.suggestion ? `; có phải là ${found.suggestion}?` : ''}`,
      en: `${found.key}: not a field of ${found.owner}${found.suggestion ? `; did you mean ${found.suggestion}?` : ''}`,
    },
    { path, ...(found.suggestion && { expected: found.suggestion }), actual: found.key },
  );
}
