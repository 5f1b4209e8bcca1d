import { byKey, isEdited, type EnvVar } from './envDiff';
import { rowProblems } from './envEdits';

/** A variable read from a file; a secret marked without a value means "keep the one stored". */
export interface ImportedVar {
  key: string;
  isSecret: boolean;
  value?: string;
}

export type ImportStatus = 'new' | 'changed' | 'unchanged' | 'conflict' | 'refused';
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
  /** The editor's warnings and notes about `next` (its errors make the row refused). */
  notices?: string[];
}

/**
 * How each key of a file compares with the editor: `current` is the list being edited, `base` what the
 * server had when editing began. A key I edited that the file sets differently is a conflict; so is a
 * secret the file would make plain, or one it names without a value that is not stored. What the editor
 * would refuse (an empty value, a key Astro overrides) is refused here too, by the editor's own rules.
 */
export function previewImport(current: ReadonlyArray<EnvVar>, base: ReadonlyArray<EnvVar>, imported: ReadonlyArray<ImportedVar>): ImportRow[] {
  return imported.map(importPreviewer(current, base));
}

/** previewImport for one variable at a time (the lookups are built once), so a long file can be compared in steps. */
export function importPreviewer(current: ReadonlyArray<EnvVar>, base: ReadonlyArray<EnvVar>): (iv: ImportedVar) => ImportRow {
  const now = byKey(current);
  const before = byKey(base);
  return (iv) => withRules(compare(iv, now.get(iv.key), before.get(iv.key)), before.get(iv.key));
}

function withRules(row: ImportRow, saved: EnvVar | undefined): ImportRow {
  if (!row.next) return row;
  const problems = rowProblems(row.next, saved);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) return { key: row.key, status: 'refused', canOverwrite: false, note: errors.map((p) => p.message).join(' ') };
  return problems.length ? { ...row, notices: problems.map((p) => p.message) } : row;
}

function compare(iv: ImportedVar, cur: EnvVar | undefined, saved: EnvVar | undefined): ImportRow {
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
  if (isEdited(saved, cur)) {
    return { key: iv.key, status: 'conflict', canOverwrite: true, note: 'You have an unsaved edit of this key.', next };
  }
  return {
    key: iv.key,
    status: 'changed',
    canOverwrite: true,
    note: cur.isSecret ? 'Replaces the secret value.' : !cur.isSecret && iv.isSecret ? 'Becomes a secret (cannot be undone once applied).' : undefined,
    next,
  };
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
