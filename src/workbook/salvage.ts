import type * as z from 'zod/mini';
import { isRecord } from '../lib/is-record';

/** Any schema of the workbook (zod/mini). */
type Schema = z.ZodMiniType;

/** What salvage produced: the usable part of a value, or nothing usable. */
export type Salvaged<T> = { ok: true; value: T } | { ok: false };

/**
 * A part that salvage had to leave out: where it was (keys and list positions from the value
 * given to salvage), what it held, and whether it was left out only for repeating an earlier id.
 */
export interface LeftOut {
  path: PropertyKey[];
  value: unknown;
  repeated?: boolean;
}

export { isRecord };

/** The internal definition of a schema: its kind and, for wrappers, objects and arrays, its parts. */
interface Def {
  type: string;
  innerType?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
}
const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under any default / prefault wrappers. */
function unwrap(schema: Schema): Schema {
  let current = schema;
  let def = defOf(current);
  while ((def.type === 'default' || def.type === 'prefault') && def.innerType) {
    current = def.innerType;
    def = defOf(current);
  }
  return current;
}

/** The id of an entity-like value, if it has a string one. */
function idOf(value: unknown): string | undefined {
  return isRecord(value) && typeof value.id === 'string' ? value.id : undefined;
}

/**
 * Keeps what is valid in a value that does not fully match its schema: in an object, each
 * field that is valid (broken fields fall back to their defaults); in a list, each item that is
 * valid (broken items and repeated ids are dropped). Reads only the schema's own keys, so keys
 * such as `__proto__` are never copied. Each part it drops is added to `leftOut` when given
 * (only when the value as a whole is kept; otherwise the caller reports the whole value).
 */
export function salvage<S extends Schema>(
  schema: S,
  value: unknown,
  leftOut?: LeftOut[],
  path: PropertyKey[] = [],
): Salvaged<z.output<S>> {
  const whole = schema.safeParse(value);
  if (whole.success) return { ok: true, value: whole.data };
  const inner = defOf(unwrap(schema));
  const dropped: LeftOut[] = [];
  let rebuilt: unknown;
  if (inner.type === 'object' && inner.shape && isRecord(value)) {
    const fields: Record<string, unknown> = {};
    for (const [key, fieldSchema] of Object.entries(inner.shape)) {
      if (!Object.hasOwn(value, key)) continue;
      const inside: LeftOut[] = [];
      const field = salvage(fieldSchema, value[key], inside, [...path, key]);
      if (field.ok) {
        fields[key] = field.value;
        dropped.push(...inside);
      } else dropped.push({ path: [...path, key], value: value[key] });
    }
    rebuilt = fields;
  } else if (inner.type === 'array' && inner.element && Array.isArray(value)) {
    rebuilt = salvageList(inner.element, value, dropped, path).kept;
  } else {
    return { ok: false };
  }
  const again = schema.safeParse(rebuilt);
  if (!again.success) return { ok: false };
  leftOut?.push(...dropped);
  return { ok: true, value: again.data };
}

/** How a list was salvaged: the kept items and how many were intact, repaired, broken or repeated. */
export interface ListSalvage<T> {
  kept: T[];
  intact: number;
  repaired: number;
  dropped: number;
  duplicates: number;
}

/**
 * Salvages each item of a list on its own; drops broken items and later items that repeat an id.
 * Each dropped item, and each part dropped inside a kept item, is added to `leftOut` when given.
 */
export function salvageList<S extends Schema>(
  item: S,
  values: readonly unknown[],
  leftOut?: LeftOut[],
  path: PropertyKey[] = [],
): ListSalvage<z.output<S>> {
  const result: ListSalvage<z.output<S>> = { kept: [], intact: 0, repaired: 0, dropped: 0, duplicates: 0 };
  const seen = new Set<string>();
  for (const [index, value] of values.entries()) {
    const exact = item.safeParse(value);
    const inside: LeftOut[] = [];
    const saved = exact.success
      ? { ok: true as const, value: exact.data }
      : salvage(item, value, inside, [...path, index]);
    if (!saved.ok) {
      result.dropped++;
      leftOut?.push({ path: [...path, index], value });
      continue;
    }
    const id = idOf(saved.value);
    if (id !== undefined) {
      if (seen.has(id)) {
        result.duplicates++;
        leftOut?.push({ path: [...path, index], value, repeated: true });
        continue;
      }
      seen.add(id);
    }
    leftOut?.push(...inside);
    result.kept.push(saved.value);
    if (exact.success) result.intact++;
    else result.repaired++;
  }
  return result;
}
