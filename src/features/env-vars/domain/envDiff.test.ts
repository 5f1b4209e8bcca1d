import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyMerge, diffEnv, mergeEnv, toRequestVars, type ConflictChoice, type EnvVar } from './envDiff';
import { hasErrors, listProblems, removeVar, revertVar, setLineage, upsertVar } from './envEdits';
import { applyImport, previewImport, type ImportChoice } from './envImport';

const KEYS = ['A', 'B', 'C', 'D', 'S1', 'S2', 'S3', 'OPENLINEAGE_DISABLED'];
const key = fc.constantFrom(...KEYS);
const value = fc.oneof(fc.constantFrom('', 'x', 'y', 'True'), fc.string({ maxLength: 5 }));
const stamp = fc.constantFrom('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z');

/** A server list: secrets come without values, as the API returns them. */
const serverList = fc.uniqueArray(
  fc.oneof(
    fc.record({ key, isSecret: fc.constant(false), value: value.filter((v) => v !== ''), updatedAt: stamp }),
    fc.record({ key, isSecret: fc.constant(true), updatedAt: stamp }),
  ),
  { selector: (v) => v.key, maxLength: 8 },
) as fc.Arbitrary<EnvVar[]>;

type Edit =
  | { op: 'set'; key: string; isSecret: boolean; value?: string }
  | { op: 'remove'; key: string }
  | { op: 'revert'; key: string }
  | { op: 'lineage'; on: boolean }
  | { op: 'import'; vars: { key: string; isSecret: boolean; value?: string }[]; choice: ImportChoice };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), key, isSecret: fc.boolean(), value: fc.option(value, { nil: undefined }) }),
  fc.record({ op: fc.constant('remove' as const), key }),
  fc.record({ op: fc.constant('revert' as const), key }),
  fc.record({ op: fc.constant('lineage' as const), on: fc.boolean() }),
  fc.record({
    op: fc.constant('import' as const),
    vars: fc.uniqueArray(fc.record({ key, isSecret: fc.boolean(), value: fc.option(value, { nil: undefined }) }), { selector: (v) => v.key, maxLength: 4 }),
    choice: fc.constantFrom<ImportChoice>('overwrite', 'skip'),
  }),
);

/** Runs edits the way the editor does, and remembers which keys the person removed on purpose. */
function runEdits(base: EnvVar[], edits: Edit[]) {
  let rows: EnvVar[] = base;
  const removed = new Set<string>();
  for (const e of edits) {
    if (e.op === 'set') rows = upsertVar(rows, { key: e.key, isSecret: e.isSecret, value: e.value });
    else if (e.op === 'remove') {
      rows = removeVar(rows, e.key);
      removed.add(e.key);
    } else if (e.op === 'revert') rows = revertVar(rows, base, e.key);
    else if (e.op === 'lineage') rows = setLineage(rows, e.on);
    else {
      const preview = previewImport(
        rows,
        base,
        e.vars.map((v) => (v.isSecret ? v : { ...v, value: v.value ?? '' })),
      );
      rows = applyImport(rows, preview, Object.fromEntries(preview.map((r) => [r.key, e.choice])));
    }
    for (const r of rows) removed.delete(r.key);
  }
  return { rows, removed };
}

/** What the server would hold for each stored secret after the request: kept, replaced, blanked or dropped. */
function secretFate(sent: ReturnType<typeof toRequestVars>, key: string) {
  const s = sent.find((v) => v.key === key);
  if (!s) return 'dropped';
  if (!s.isSecret) return 'made plain';
  if (s.value === undefined) return 'kept';
  return s.value === '' ? 'blanked' : 'replaced';
}

describe('saving environment variables', () => {
  it('no edit sequence that passes validation can blank, unmask or silently drop a stored secret', () => {
    fc.assert(
      fc.property(serverList, fc.array(edit, { maxLength: 12 }), (base, edits) => {
        const { rows, removed } = runEdits(base, edits);
        if (hasErrors(listProblems(rows, base))) return;
        const sent = toRequestVars(rows);
        for (const s of base.filter((b) => b.isSecret)) {
          const fate = secretFate(sent, s.key);
          expect(['kept', 'replaced', 'dropped']).toContain(fate);
          if (fate === 'dropped') expect(removed.has(s.key)).toBe(true);
        }
        for (const v of sent) if (v.isSecret && v.value !== undefined) expect(v.value).not.toBe('');
        // A value-less secret is only ever one the server stores.
        for (const v of sent) if (v.isSecret && v.value === undefined) expect(base.find((b) => b.key === v.key)?.isSecret).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('the diff lists exactly the keys that differ, and reverting every key leaves nothing to save', () => {
    fc.assert(
      fc.property(serverList, fc.array(edit, { maxLength: 12 }), (base, edits) => {
        const { rows } = runEdits(base, edits);
        const changes = diffEnv(base, rows);
        expect(new Set(changes.map((c) => c.key)).size).toBe(changes.length);
        for (const c of changes) {
          if (c.kind === 'added') expect(base.some((b) => b.key === c.key)).toBe(false);
          if (c.kind === 'removed') expect(rows.some((r) => r.key === c.key)).toBe(false);
        }
        let reverted = rows;
        for (const c of changes) reverted = revertVar(reverted, base, c.key);
        expect(diffEnv(base, reverted)).toEqual([]);
      }),
    );
  });

  it('a changed secret is listed as changed, with no value in its description', () => {
    const base: EnvVar[] = [{ key: 'S1', isSecret: true, updatedAt: 't' }];
    const rows = upsertVar(base, { key: 'S1', isSecret: true, value: 'new-secret' });
    expect(diffEnv(base, rows).map((c) => [c.kind, c.key])).toEqual([['changed', 'S1']]);
    expect(toRequestVars(base)).toEqual([{ key: 'S1', isSecret: true }]);
  });
});

describe('three-way merge', () => {
  const choices = fc.dictionary(key, fc.constantFrom<ConflictChoice>('mine', 'theirs'));

  it('keeps every change of theirs I did not touch, every change of mine they did not touch, and asks about the rest', () => {
    fc.assert(
      fc.property(serverList, fc.array(edit, { maxLength: 8 }), fc.array(edit, { maxLength: 8 }), choices, (base, myEdits, theirEdits, picked) => {
        const { rows: mine } = runEdits(base, myEdits);
        const theirRows = runEdits(base, theirEdits).rows;
        if (hasErrors(listProblems(mine, base)) || hasErrors(listProblems(theirRows, base))) return;
        // Their server list: secrets they replaced come back value-less with a new timestamp.
        const theirs = theirRows.map((v) =>
          v.isSecret && v.value !== undefined
            ? { key: v.key, isSecret: true, updatedAt: 'theirs' }
            : v.isSecret
              ? v
              : { ...v, updatedAt: v.updatedAt ?? 'theirs' },
        );
        const merge = mergeEnv(base, mine, theirs);
        const merged = applyMerge(theirs, mine, merge, picked);
        const m = new Map(merged.map((v) => [v.key, v]));
        expect(m.size).toBe(merged.length);
        const conflictKeys = new Set(merge.conflicts.map((c) => c.key));
        for (const c of merge.theirs) expect(m.get(c.key)).toEqual(theirs.find((t) => t.key === c.key));
        for (const c of merge.mine) if (!c.after?.isSecret) expect(m.get(c.key)?.value).toEqual(c.after?.value);
        for (const c of merge.conflicts) {
          if ((picked[c.key] ?? 'theirs') === 'theirs') expect(m.get(c.key)).toEqual(theirs.find((t) => t.key === c.key));
        }
        for (const k of new Set([...base, ...mine, ...theirs].map((v) => v.key))) {
          const decided = merge.theirs.some((c) => c.key === k) || merge.mine.some((c) => c.key === k) || conflictKeys.has(k);
          if (!decided) expect(m.get(k)?.value).toEqual(theirs.find((t) => t.key === k)?.value);
        }
        // Sending the merge never strips a secret they store, nor keeps one they do not have.
        for (const v of toRequestVars(merged)) {
          if (v.isSecret && v.value === undefined) expect(theirs.find((t) => t.key === v.key)?.isSecret).toBe(true);
          const t = theirs.find((x) => x.key === v.key);
          if (t?.isSecret) expect(v.isSecret).toBe(true);
        }
      }),
    );
  });

  it('with no edits of mine, the merge is theirs; with none of theirs, it is mine', () => {
    fc.assert(
      fc.property(serverList, fc.array(edit, { maxLength: 8 }), (base, edits) => {
        const { rows } = runEdits(base, edits);
        if (hasErrors(listProblems(rows, base))) return;
        const serverNow = rows.filter((v) => !(v.isSecret && v.value !== undefined));
        expect(mergeEnv(base, base, serverNow).conflicts).toEqual([]);
        expect(applyMerge(serverNow, base, mergeEnv(base, base, serverNow), {})).toEqual(serverNow);
        const merge = mergeEnv(base, rows, base);
        expect(merge.conflicts).toEqual([]);
        expect(toRequestVars(applyMerge(base, rows, merge, {})).sort((a, b) => a.key.localeCompare(b.key))).toEqual(
          toRequestVars(rows).sort((a, b) => a.key.localeCompare(b.key)),
        );
      }),
    );
  });

  it('reports a key both changed differently as one conflict', () => {
    const base: EnvVar[] = [{ key: 'A', isSecret: false, value: '1', updatedAt: 't0' }];
    const mine = upsertVar(base, { key: 'A', isSecret: false, value: 'mine' });
    const theirs: EnvVar[] = [
      { key: 'A', isSecret: false, value: 'theirs', updatedAt: 't1' },
      { key: 'B', isSecret: false, value: 'b', updatedAt: 't1' },
    ];
    const merge = mergeEnv(base, mine, theirs);
    expect(merge.conflicts.map((c) => c.key)).toEqual(['A']);
    expect(merge.theirs.map((c) => [c.kind, c.key])).toEqual([['added', 'B']]);
    expect(applyMerge(theirs, mine, merge, { A: 'mine' }).map((v) => v.value)).toEqual(['mine', 'b']);
  });
});
