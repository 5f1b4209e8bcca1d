import { byKey, type EnvVar } from './envDiff';
import { envRowProblems, LINEAGE_KEY, lineageValue, type EnvProblem } from './envKeys';

/**
 * The editor's operations on its list, pure so that property tests can run any sequence of them and
 * check what would be sent.
 */

/** Adds a row, or changes the row with that key; a saved key keeps its position and timestamp. */
export function upsertVar(rows: ReadonlyArray<EnvVar>, next: EnvVar): EnvVar[] {
  const i = rows.findIndex((r) => r.key === next.key);
  if (i < 0) return [...rows, stripTimestamp(next)];
  const out = [...rows];
  const prev = rows[i]!;
  out[i] = { ...stripTimestamp(next), ...(prev.updatedAt ? { updatedAt: prev.updatedAt } : {}) };
  return out;
}

function stripTimestamp({ updatedAt: _u, ...rest }: EnvVar): EnvVar {
  return rest;
}

/** Replaces the row `oldKey` (not yet saved, so it may be renamed) with `next`. */
export function replaceVar(rows: ReadonlyArray<EnvVar>, oldKey: string, next: EnvVar): EnvVar[] {
  if (oldKey === next.key) return upsertVar(rows, next);
  return rows.map((r) => (r.key === oldKey ? stripTimestamp(next) : r));
}

export function removeVar(rows: ReadonlyArray<EnvVar>, key: string): EnvVar[] {
  return rows.filter((r) => r.key !== key);
}

/** Undoes every edit of `key`: back to the server's row (in its place), or gone if it was new. */
export function revertVar(rows: ReadonlyArray<EnvVar>, base: ReadonlyArray<EnvVar>, key: string): EnvVar[] {
  const original = base.find((b) => b.key === key);
  if (!original) return removeVar(rows, key);
  if (rows.some((r) => r.key === key)) return rows.map((r) => (r.key === key ? original : r));
  const order = new Map(base.map((b, i) => [b.key, i]));
  const at = rows.findIndex((r) => (order.get(r.key) ?? Infinity) > order.get(key)!);
  return at < 0 ? [...rows, original] : [...rows.slice(0, at), original, ...rows.slice(at)];
}

/** "Send lineage to Astro": OPENLINEAGE_DISABLED=False to send, True to stop. */
export function setLineage(rows: ReadonlyArray<EnvVar>, enabled: boolean): EnvVar[] {
  const current = rows.find((r) => r.key === LINEAGE_KEY);
  return upsertVar(rows, { key: LINEAGE_KEY, isSecret: current?.isSecret ?? false, value: lineageValue(enabled) });
}

const NO_KEYS: ReadonlySet<string> = new Set();

/**
 * The editor's rules for one row of the list, given the server's row of that key. The list, the import
 * preview and the merge all judge a row with this one function, so none of them can call "Added." what
 * another then refuses.
 */
export function rowProblems(row: EnvVar, saved: EnvVar | undefined, duplicate = false): EnvProblem[] {
  return envRowProblems({
    key: row.key,
    isSecret: row.isSecret,
    value: row.value,
    saved: Boolean(saved),
    savedSecret: saved?.isSecret === true,
    otherKeys: duplicate ? new Set([row.key]) : NO_KEYS,
  });
}

/** Problems per key for the whole list; any error blocks the save. */
export function listProblems(rows: ReadonlyArray<EnvVar>, base: ReadonlyArray<EnvVar>): Map<string, EnvProblem[]> {
  const saved = byKey(base);
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.key, (counts.get(r.key) ?? 0) + 1);
  const out = new Map<string, EnvProblem[]>();
  for (const r of rows) {
    const problems = rowProblems(r, saved.get(r.key), (counts.get(r.key) ?? 0) > 1);
    if (problems.length) out.set(r.key, [...(out.get(r.key) ?? []), ...problems]);
  }
  return out;
}

export function hasErrors(problems: Map<string, EnvProblem[]>): boolean {
  for (const list of problems.values()) if (list.some((p) => p.severity === 'error')) return true;
  return false;
}
