/**
 * Environment variables as the editor thinks of them, and the pure set operations behind "review before
 * apply", "no lost updates" and bulk import.
 *
 * The Astro API replaces the whole list on every update and keeps a stored secret only when it is sent
 * without `value`. So a secret is modelled with an optional `value`: absent means "keep what the server
 * has", present means "replace it with this". An empty string is never a valid secret value here; a
 * caller that could produce one is blocked by `envRowProblems`.
 */
export interface EnvVar {
  key: string;
  isSecret: boolean;
  /** A plain value, or a new secret value; absent on a secret whose stored value is kept. */
  value?: string;
  /** When the server last changed it; absent on rows that exist only in the editor. */
  updatedAt?: string;
}

/** What the update request carries per variable: the generated request type has this exact shape. */
export interface EnvVarRequest {
  key: string;
  isSecret: boolean;
  value?: string;
}

export type EnvChangeKind = 'added' | 'changed' | 'removed';

export interface EnvChange {
  kind: EnvChangeKind;
  key: string;
  before?: EnvVar;
  after?: EnvVar;
}

/** Secret values are unknown to the client, so two server secrets are equal when their timestamps are. */
export function sameVar(a: EnvVar | undefined, b: EnvVar | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.key !== b.key || a.isSecret !== b.isSecret) return false;
  if (!a.isSecret) return a.value === b.value;
  if (a.value !== undefined || b.value !== undefined) return a.value === b.value && a.value !== undefined;
  return a.updatedAt === b.updatedAt;
}

/** An edited row compared with the row it came from: a kept secret (no new value) is unchanged. */
export function isEdited(base: EnvVar | undefined, mine: EnvVar | undefined): boolean {
  if (!base || !mine) return base !== mine;
  if (base.isSecret !== mine.isSecret) return true;
  if (mine.isSecret) return mine.value !== undefined;
  return base.value !== mine.value;
}

export function byKey(vars: ReadonlyArray<EnvVar>): Map<string, EnvVar> {
  return new Map(vars.map((v) => [v.key, v]));
}

/** Added, changed and removed keys, in the order a person reads them: by kind, then by key. */
export function diffEnv(base: ReadonlyArray<EnvVar>, mine: ReadonlyArray<EnvVar>): EnvChange[] {
  const before = byKey(base);
  const after = byKey(mine);
  const changes: EnvChange[] = [];
  for (const v of mine) {
    const b = before.get(v.key);
    if (!b) changes.push({ kind: 'added', key: v.key, after: v });
    else if (isEdited(b, v)) changes.push({ kind: 'changed', key: v.key, before: b, after: v });
  }
  for (const b of base) if (!after.has(b.key)) changes.push({ kind: 'removed', key: b.key, before: b });
  const order: Record<EnvChangeKind, number> = { added: 0, changed: 1, removed: 2 };
  return changes.sort((x, y) => order[x.kind] - order[y.kind] || x.key.localeCompare(y.key));
}

/**
 * The list to send. A secret without a new value goes without `value` (the server keeps it); a secret is
 * never sent with an empty value, and no variable of `mine` is dropped.
 */
export function toRequestVars(mine: ReadonlyArray<EnvVar>): EnvVarRequest[] {
  return mine.map((v) => {
    if (v.isSecret && (v.value === undefined || v.value === '')) return { key: v.key, isSecret: true };
    return { key: v.key, isSecret: v.isSecret, value: v.value ?? '' };
  });
}

/** The server's list as the editor starts from it. */
export function fromServer(vars: ReadonlyArray<{ key: string; isSecret: boolean; value?: string; updatedAt: string }> | undefined): EnvVar[] {
  return (vars ?? []).map((v) =>
    v.isSecret ? { key: v.key, isSecret: true, updatedAt: v.updatedAt } : { key: v.key, isSecret: false, value: v.value ?? '', updatedAt: v.updatedAt },
  );
}

export interface EnvConflict {
  key: string;
  base?: EnvVar;
  mine?: EnvVar;
  theirs?: EnvVar;
}

export interface EnvMerge {
  /** Keys only they changed, taken from the server. */
  theirs: EnvChange[];
  /** Keys only I changed (or both changed the same way), kept from the editor. */
  mine: EnvChange[];
  conflicts: EnvConflict[];
}

export type ConflictChoice = 'mine' | 'theirs';

/**
 * Three-way merge of the editor's list (`mine`, edited from `base`) with the server's list now
 * (`theirs`). Nothing is decided for a key both sides changed differently: it becomes a conflict.
 */
export function mergeEnv(base: ReadonlyArray<EnvVar>, mine: ReadonlyArray<EnvVar>, theirs: ReadonlyArray<EnvVar>): EnvMerge {
  const b = byKey(base);
  const m = byKey(mine);
  const t = byKey(theirs);
  const keys = [...new Set([...b.keys(), ...m.keys(), ...t.keys()])].sort();
  const result: EnvMerge = { theirs: [], mine: [], conflicts: [] };
  for (const key of keys) {
    const [bv, mv, tv] = [b.get(key), m.get(key), t.get(key)];
    const iChanged = isEdited(bv, mv);
    const theyChanged = !sameVar(bv, tv);
    if (!iChanged && !theyChanged) continue;
    if (!iChanged) result.theirs.push(changeOf(key, bv, tv));
    else if (!theyChanged || sameOutcome(mv, tv)) result.mine.push(changeOf(key, bv, mv));
    else result.conflicts.push({ key, base: bv, mine: mv, theirs: tv });
  }
  return result;
}

/** Both sides deleted it, or both set the same plain value. */
function sameOutcome(mine: EnvVar | undefined, theirs: EnvVar | undefined): boolean {
  if (!mine || !theirs) return mine === theirs;
  return !mine.isSecret && !theirs.isSecret && mine.value === theirs.value;
}

function changeOf(key: string, before: EnvVar | undefined, after: EnvVar | undefined): EnvChange {
  return { kind: !before ? 'added' : !after ? 'removed' : 'changed', key, before, after };
}

/**
 * The list after a merge: the server's list, with my changes and the chosen side of each conflict
 * applied. Conflicts without a choice keep the server's version. Kept in the server's order, with my
 * additions at the end.
 */
export function applyMerge(
  theirs: ReadonlyArray<EnvVar>,
  mine: ReadonlyArray<EnvVar>,
  merge: EnvMerge,
  choices: Readonly<Record<string, ConflictChoice>>,
): EnvVar[] {
  const m = byKey(mine);
  const take = new Set([...merge.mine.map((c) => c.key), ...merge.conflicts.filter((c) => choices[c.key] === 'mine').map((c) => c.key)]);
  const out: EnvVar[] = [];
  for (const tv of theirs) {
    if (!take.has(tv.key)) out.push(tv);
    else {
      const mv = m.get(tv.key);
      if (mv) out.push(keepSecretSafe(mv, tv));
    }
  }
  // A Set, not theirs.some per key: an import of thousands of keys made this quadratic.
  const inTheirs = new Set(theirs.map((tv) => tv.key));
  for (const mv of mine) if (take.has(mv.key) && !inTheirs.has(mv.key)) out.push(mv);
  return out;
}

/** My version of a key over theirs: a secret is never turned back into plain text by a merge. */
function keepSecretSafe(mine: EnvVar, theirs: EnvVar): EnvVar {
  if (theirs.isSecret && !mine.isSecret) return { key: mine.key, isSecret: true, value: mine.value };
  if (mine.isSecret && mine.value === undefined) return theirs;
  return mine;
}
