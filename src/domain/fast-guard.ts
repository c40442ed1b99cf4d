/**
 * A fast yes/no check compiled from a zod schema, for validating tens of thousands of rows on load. The page's
 * Content-Security-Policy forbids `eval`, so zod runs its slower interpreted path there (about 2 s for 52,000
 * claims) and copies every row. The guard walks the same schema definition once and returns plain closures that
 * allocate nothing: a row it accepts is used as it is; a row it rejects goes through zod, which decides and says
 * why. It only ever answers "valid" for what it fully understands; any other schema part yields no guard at all.
 */
import type { z } from 'zod';

/** True only when `value` certainly satisfies the schema the guard was compiled from. */
export type Guard = (value: unknown) => boolean;

interface Check {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number;
  inclusive?: boolean;
  fn?: (value: unknown) => unknown;
}

interface Def {
  type: string;
  checks?: { _zod: { def: Check } }[];
  shape?: Record<string, z.ZodType>;
  catchall?: unknown;
  innerType?: z.ZodType;
  element?: z.ZodType;
  items?: z.ZodType[];
  rest?: unknown;
  entries?: Record<string, unknown>;
  values?: unknown[];
  format?: string;
  pattern?: RegExp;
}

// String formats checked by their pattern alone in zod (others, like url or email, do more).
const PATTERN_FORMATS = new Set(['regex', 'datetime', 'date']);

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function checkGuard(c: Check): Guard | null {
  switch (c.check) {
    case 'min_length':
      return (v) => (v as { length: number }).length >= c.minimum!;
    case 'max_length':
      return (v) => (v as { length: number }).length <= c.maximum!;
    case 'length_equals':
      return (v) => (v as { length: number }).length === c.length!;
    case 'string_format':
      return c.pattern && PATTERN_FORMATS.has(c.format ?? '') ? (v) => c.pattern!.test(v as string) : null;
    case 'number_format':
      return c.format === 'safeint' ? (v) => Number.isSafeInteger(v) : null;
    case 'greater_than':
      return c.inclusive ? (v) => (v as number) >= c.value! : (v) => (v as number) > c.value!;
    case 'less_than':
      return c.inclusive ? (v) => (v as number) <= c.value! : (v) => (v as number) < c.value!;
    case 'custom':
      return c.fn ? (v) => c.fn!(v) === true : null;
    default:
      return null;
  }
}

function all(guards: readonly Guard[]): Guard {
  return (v) => {
    for (const guard of guards) if (!guard(v)) return false;
    return true;
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function baseGuard(def: Def): Guard | null {
  switch (def.type) {
    case 'string': {
      const own = def.pattern && PATTERN_FORMATS.has(def.format ?? '') ? def.pattern : null;
      if (def.format && !own) return null;
      return own ? (v) => typeof v === 'string' && own.test(v) : (v) => typeof v === 'string';
    }
    case 'number':
      return (v) => typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'unknown':
      return () => true;
    case 'enum': {
      const allowed = new Set(Object.values(def.entries ?? {}));
      return (v) => allowed.has(v);
    }
    case 'literal': {
      const allowed = new Set(def.values ?? []);
      return (v) => allowed.has(v);
    }
    case 'nullable': {
      const inner = def.innerType && compileGuard(def.innerType);
      return inner ? (v) => v === null || inner(v) : null;
    }
    case 'array': {
      const element = def.element && compileGuard(def.element);
      return element ? (v) => Array.isArray(v) && v.every(element) : null;
    }
    case 'tuple': {
      const items = def.items?.map(compileGuard);
      if (!items || def.rest || items.some((g) => !g)) return null;
      const known = items as Guard[];
      return (v) => Array.isArray(v) && v.length === known.length && known.every((g, i) => g(v[i]));
    }
    case 'object':
      return objectGuard(def);
    default:
      return null;
  }
}

// Every key required and no others: zod would strip unknown keys (a copy), so such a row takes the zod path.
function objectGuard(def: Def): Guard | null {
  if (!def.shape || def.catchall) return null;
  const fields = Object.entries(def.shape).map(([key, schema]) => [key, compileGuard(schema)] as const);
  if (fields.some(([, guard]) => !guard)) return null;
  const keys = fields.map(([key]) => key);
  const guards = fields.map(([, guard]) => guard as Guard);
  // Plain loops: this runs for every row and nested object of a large dataset, so it allocates nothing.
  return (v) => {
    if (!isRecord(v)) return false;
    let count = 0;
    for (const key in v) if (Object.hasOwn(v, key)) count += 1;
    if (count !== keys.length) return false;
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i]!;
      if (!Object.hasOwn(v, key) || !guards[i]!(v[key])) return false;
    }
    return true;
  };
}

const compiled = new WeakMap<z.ZodType, Guard | null>();

/** The guard for `schema`, or null when some part of it is beyond the guard (then use zod for every row). */
export function compileGuard(schema: z.ZodType): Guard | null {
  if (compiled.has(schema)) return compiled.get(schema)!;
  const def = defOf(schema);
  const base = baseGuard(def);
  const checks = (def.checks ?? []).map((c) => checkGuard(c._zod.def));
  const guard =
    !base || checks.some((c) => !c) ? null : checks.length ? all([base, ...(checks as Guard[])]) : base;
  compiled.set(schema, guard);
  return guard;
}

/**
 * `schema.safeParse` for many values: a value the guard accepts comes back as it is (no copy), any other goes
 * through zod, which decides and says why.
 */
export function fastParser<T>(schema: z.ZodType<T>): (value: unknown) => z.ZodSafeParseResult<T> {
  const guard = compileGuard(schema);
  return (value) => (guard?.(value) ? { success: true, data: value as T } : schema.safeParse(value));
}
