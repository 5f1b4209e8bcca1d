import { fieldError, type FieldError } from '../shared/lib/fieldErrors';
import { invalid } from './http';

export interface Page {
  offset: number;
  limit: number;
}

/** offset (default 0) and limit (default 20, at most `max` where the API caps it). */
export function readPage(url: URL, max: number | null = 1000): Page {
  const errors: FieldError[] = [];
  const offset = readInt(url, 'offset', 0, errors);
  const limit = readInt(url, 'limit', 20, errors);
  if (max !== null && limit > max) errors.push(fieldError('limit', 'max', `limit must be at most ${max}.`));
  if (errors.length) throw invalid(errors);
  return { offset, limit };
}

function readInt(url: URL, name: string, fallback: number, errors: FieldError[]): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) {
    errors.push(fieldError(name, /^-\d+$/.test(raw) ? 'min' : 'type', `${name} must be a whole number of 0 or more.`));
    return fallback;
  }
  return Number(raw);
}

/**
 * Applies repeated `sorts=field:dir` keys in order (the first is the primary key). Unknown values
 * answer 400 listing the allowed ones.
 */
export function applySorts<T extends object>(items: T[], url: URL, allowedFields: readonly string[], fallback: string[]): T[] {
  const sorts = url.searchParams.getAll('sorts');
  const keys = sorts.length ? sorts : fallback;
  const errors: FieldError[] = [];
  const parsed = keys.map((key, i) => {
    const [field, direction] = key.split(':');
    if (!field || !allowedFields.includes(field) || (direction !== 'asc' && direction !== 'desc')) {
      const allowed = allowedFields.flatMap((f) => [`${f}:asc`, `${f}:desc`]).join(', ');
      errors.push(fieldError(`sorts[${i}]`, 'oneof', `"${key}" is not a sort; use one of ${allowed}.`));
    }
    return { field: field ?? '', sign: direction === 'desc' ? -1 : 1 };
  });
  if (errors.length) throw invalid(errors);
  return [...items].sort((a, b) => {
    for (const { field, sign } of parsed) {
      const c = compare((a as Record<string, unknown>)[field], (b as Record<string, unknown>)[field]);
      if (c !== 0) return c * sign;
    }
    return 0;
  });
}

// One collator for every comparison: building one per call made sorting 5,000 names ~25x slower.
const caseless = new Intl.Collator('en', { sensitivity: 'base' });

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') {
    // Timestamps may differ in precision (with or without milliseconds), so compare them as dates.
    const da = isoMs(a);
    const db = isoMs(b);
    if (da !== null && db !== null) return da - db;
    return caseless.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
  }
  return String(a ?? '').localeCompare(String(b ?? ''));
}

function isoMs(value: string): number | null {
  return /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : null;
}

/** The list envelope every paginated endpoint answers with. */
export function pageOf<T, K extends string>(key: K, items: T[], page: Page): { [P in K]: T[] } & { totalCount: number; offset: number; limit: number } {
  return {
    [key]: items.slice(page.offset, page.offset + page.limit),
    totalCount: items.length,
    offset: page.offset,
    limit: page.limit,
  } as { [P in K]: T[] } & { totalCount: number; offset: number; limit: number };
}

/** Repeated query keys (`?names=a&names=b`); an empty list means "no filter". */
export function listParam(url: URL, name: string): string[] {
  return url.searchParams.getAll(name).filter((v) => v !== '');
}
