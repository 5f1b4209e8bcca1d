import { byKey, isEdited, type EnvVar } from './envDiff';

/** A variable read from a file; a secret marked without a value means "keep the one stored". */
export interface ImportedVar {
  key: string;
  isSecret: boolean;
  value?: string;
}

export type ImportStatus = 'new' | 'changed' | 'unchanged' | 'conflict';
export type ImportChoice = 'overwrite' | 'skip';

export interface ImportRow {
  key: string;
  status: ImportStatus;
  /** Why a row is a conflict, or what overwriting will do. */
  note?: string;
  /** False when overwriting is impossible (e.g. a secret in the file without a value, unknown here). */
  canOverwrite: boolean;
  /** What the editor gets on overwrite. */
  next?: EnvVar;
}

/**
 * How each key of a file compares with the editor: `current` is the list being edited, `base` what the
 * server had when editing began. A key I edited that the file sets differently is a conflict; so is a
 * secret the file would make plain, or one it names without a value that is not stored.
 */
export function previewImport(current: ReadonlyArray<EnvVar>, base: ReadonlyArray<EnvVar>, imported: ReadonlyArray<ImportedVar>): ImportRow[] {
  const now = byKey(current);
  const before = byKey(base);
  return imported.map((iv): ImportRow => {
    const cur = now.get(iv.key);
    if (iv.isSecret && iv.value === undefined) {
      if (cur?.isSecret) return { key: iv.key, status: 'unchanged', canOverwrite: false, note: 'Secret kept as stored.' };
      return {
        key: iv.key,
        status: 'conflict',
        canOverwrite: false,
        note: cur ? 'The file marks it secret but has no value; add the value by hand.' : 'Secret without a value in the file; add it by hand.',
      };
    }
    const value = iv.value ?? '';
    if (!cur) return { key: iv.key, status: 'new', canOverwrite: true, next: { key: iv.key, isSecret: iv.isSecret, value } };
    if (cur.isSecret && !iv.isSecret) {
      return {
        key: iv.key,
        status: 'conflict',
        canOverwrite: true,
        note: 'Secret here, plain in the file. Overwriting replaces the secret value and keeps it secret.',
        next: { key: iv.key, isSecret: true, value },
      };
    }
    if (!cur.isSecret && !iv.isSecret && cur.value === value) return { key: iv.key, status: 'unchanged', canOverwrite: false };
    const next: EnvVar = { key: iv.key, isSecret: iv.isSecret, value };
    if (isEdited(before.get(iv.key), cur)) {
      return { key: iv.key, status: 'conflict', canOverwrite: true, note: 'You have an unsaved edit of this key.', next };
    }
    return {
      key: iv.key,
      status: 'changed',
      canOverwrite: true,
      note: cur.isSecret ? 'Replaces the secret value.' : !cur.isSecret && iv.isSecret ? 'Becomes a secret (cannot be undone once applied).' : undefined,
      next,
    };
  });
}

/** New and changed keys are overwritten by default; conflicts wait for a decision. */
export function defaultChoice(row: ImportRow): ImportChoice {
  return row.canOverwrite && (row.status === 'new' || row.status === 'changed') ? 'overwrite' : 'skip';
}

/** The editor's list with the chosen rows applied; keys the file leaves out are kept. */
export function applyImport(current: ReadonlyArray<EnvVar>, rows: ReadonlyArray<ImportRow>, choices: Readonly<Record<string, ImportChoice>>): EnvVar[] {
  const chosen = new Map(rows.filter((r) => r.canOverwrite && r.next && (choices[r.key] ?? defaultChoice(r)) === 'overwrite').map((r) => [r.key, r.next!]));
  const out = current.map((v) => {
    const next = chosen.get(v.key);
    if (!next) return v;
    chosen.delete(v.key);
    return { ...next, ...(v.updatedAt ? { updatedAt: v.updatedAt } : {}) };
  });
  return [...out, ...chosen.values()];
}
