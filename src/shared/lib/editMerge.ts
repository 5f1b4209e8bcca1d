/**
 * Concurrent-change detection for every save of a whole object (the API has no patch: an update replaces
 * the object). An edit form keeps what it started from (`base`); at save time the caller reads the server's
 * copy again (`theirs`) and merges field by field with what the form holds (`mine`):
 *
 * - a field only I changed is mine, a field only they changed is theirs (kept, not overwritten),
 * - a field we both changed to different values is a conflict: the save stops and the person chooses.
 *
 * Fields are compared by value (JSON), so lists (worker queues, schedules, emails) count as one field each.
 */
export interface EditMerge<T> {
  merged: T;
  /** Fields someone else changed since `base` that the merge takes from them. */
  theirs: (keyof T & string)[];
  /** Fields both sides changed, to different values. `merged` holds mine for them. */
  conflicts: (keyof T & string)[];
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

export function mergeEdit<T extends object>(base: T, mine: T, theirs: T): EditMerge<T> {
  const merged = { ...mine };
  const taken: (keyof T & string)[] = [];
  const conflicts: (keyof T & string)[] = [];
  for (const field of Object.keys({ ...base, ...mine, ...theirs }) as (keyof T & string)[]) {
    const [b, m, t] = [base[field], mine[field], theirs[field]];
    if (same(b, t) || same(m, t)) continue;
    if (same(b, m)) {
      merged[field] = t;
      taken.push(field);
    } else {
      conflicts.push(field);
    }
  }
  return { merged, theirs: taken, conflicts };
}

/** A save stopped because someone else changed the same fields: what they are, theirs and mine. */
export class EditConflictError<T extends object> extends Error {
  constructor(
    readonly merge: EditMerge<T>,
    /** The server's copy, as the form would show it. */
    readonly theirs: T,
  ) {
    super(`Someone else changed ${merge.conflicts.join(', ')} since you opened this form.`);
    this.name = 'EditConflictError';
  }
}

export function isEditConflict<T extends object>(error: unknown): error is EditConflictError<T> {
  return error instanceof EditConflictError;
}

/**
 * The merge for a save, or an EditConflictError when it needs the person: `force` (they chose to keep
 * theirs out) saves mine over the conflicting fields.
 */
export function mergeOrThrow<T extends object>(base: T, mine: T, theirs: T, force = false): EditMerge<T> {
  const merge = mergeEdit(base, mine, theirs);
  if (merge.conflicts.length && !force) throw new EditConflictError(merge, theirs);
  return merge;
}

/** What a save's message adds when it kept someone else's changes (" Kept what …: A, B."), else ''. */
export function keptNotice<T extends object>(merge: EditMerge<T> | undefined, label: (field: keyof T & string) => string): string {
  return merge?.theirs.length ? ` Kept what someone else changed meanwhile: ${merge.theirs.map(label).join(', ')}.` : '';
}

/** A form value in words, for showing two sides of a conflict: lists by their items' names. */
export function describeValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'On' : 'Off';
  if (Array.isArray(value)) {
    if (!value.length) return 'none';
    return value
      .map((item) => (item && typeof item === 'object' ? String((item as { name?: unknown }).name ?? JSON.stringify(item)) : String(item)))
      .join(', ');
  }
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value).trim() || '—';
}
