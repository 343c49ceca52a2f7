import type { z } from 'zod';

/**
 * Reading a zod schema's structure (object fields, list items, union variants) under its
 * optional, default and pipe wrappers: what the unknown-key check and the template filler walk.
 *
 * @module
 */

/** The parts of a zod definition the walkers read. */
export interface SchemaDef {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly options?: z.ZodType[];
  readonly discriminator?: string;
  readonly values?: unknown[];
}

/** The definition of `schema` (zod 4 keeps it in `_zod.def`). */
export const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** The schema under optional, default, nullable, readonly, catch and pipe wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 16; i++) {
    const def = defOf(s);
    if (def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else break;
  }
  return s;
}

/** The schema at `path` (field names and list indexes), or undefined when the model has no such field. */
export function schemaAt(schema: z.ZodType, path: readonly string[]): z.ZodType | undefined {
  let s = unwrap(schema);
  for (const key of path) {
    const def = defOf(s);
    if (def.type === 'object' && def.shape?.[key]) s = unwrap(def.shape[key]);
    else if (def.type === 'array' && def.element && /^\d+$/.test(key)) s = unwrap(def.element);
    else return undefined;
  }
  return s;
}
