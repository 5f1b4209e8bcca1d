import type { EnvVar } from './envDiff';

/**
 * Unsaved edits as kept in sessionStorage, so they outlive a reload or a failed save. Secret values are
 * never part of it: a secret being typed is dropped and its key listed in `retype`, so the editor can
 * ask for it again.
 */
export interface EnvDraft {
  version: 1;
  /** The server's list the edits started from, for the conflict check on save. */
  base: EnvVar[];
  rows: EnvVar[];
  /** Secrets whose new value was not kept and must be typed again. */
  retype: string[];
}

export function toStoredDraft(base: ReadonlyArray<EnvVar>, rows: ReadonlyArray<EnvVar>): EnvDraft {
  const withoutValue = ({ value: _value, ...rest }: EnvVar): EnvVar => rest;
  return {
    version: 1,
    base: base.map((v) => (v.isSecret ? withoutValue(v) : v)),
    rows: rows.map((v) => (v.isSecret ? withoutValue(v) : v)),
    retype: rows.filter((v) => v.isSecret && v.value !== undefined).map((v) => v.key),
  };
}

/** A stored draft, or undefined if it is missing or not one of ours. */
export function readStoredDraft(json: string | null): EnvDraft | undefined {
  if (!json) return undefined;
  try {
    const d = JSON.parse(json) as Partial<EnvDraft>;
    if (d.version !== 1 || !isVarList(d.base) || !isVarList(d.rows) || !Array.isArray(d.retype)) return undefined;
    return { version: 1, base: d.base, rows: d.rows, retype: d.retype.filter((k): k is string => typeof k === 'string') };
  } catch {
    return undefined;
  }
}

function isVarList(v: unknown): v is EnvVar[] {
  return (
    Array.isArray(v) &&
    v.every(
      (x: Partial<EnvVar> | null) =>
        x !== null &&
        typeof x === 'object' &&
        typeof x.key === 'string' &&
        typeof x.isSecret === 'boolean' &&
        (x.value === undefined || typeof x.value === 'string') &&
        !(x.isSecret && x.value !== undefined),
    )
  );
}
