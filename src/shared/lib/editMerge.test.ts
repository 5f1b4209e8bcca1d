// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EditConflictError, mergeEdit, mergeOrThrow } from './editMerge';

const base = { name: 'etl', description: 'old', emails: ['a@x.io'], cicd: false };

describe('mergeEdit', () => {
  it('keeps what only they changed, and what only I changed', () => {
    const mine = { ...base, description: 'mine' };
    const theirs = { ...base, emails: ['a@x.io', 'b@x.io'] };
    expect(mergeEdit(base, mine, theirs)).toEqual({
      merged: { ...base, description: 'mine', emails: ['a@x.io', 'b@x.io'] },
      theirs: ['emails'],
      conflicts: [],
    });
  });

  it('calls a field both changed differently a conflict, and the same change none', () => {
    const mine = { ...base, description: 'mine', cicd: true };
    const theirs = { ...base, description: 'theirs', cicd: true };
    expect(mergeEdit(base, mine, theirs)).toEqual({ merged: mine, theirs: [], conflicts: ['description'] });
  });

  it('stops a save with a conflict unless forced', () => {
    const mine = { ...base, name: 'a' };
    const theirs = { ...base, name: 'b' };
    expect(() => mergeOrThrow(base, mine, theirs)).toThrow(EditConflictError);
    expect(mergeOrThrow(base, mine, theirs, true).merged).toEqual(mine);
  });

  it('never loses a change: each field of the merge is mine where I changed it, else theirs', () => {
    const value = fc.constantFrom('a', 'b', 'c');
    const record = fc.record({ x: value, y: value, z: fc.array(value, { maxLength: 2 }) });
    fc.assert(
      fc.property(record, record, record, (b, m, t) => {
        const { merged, conflicts, theirs } = mergeEdit(b, m, t);
        for (const field of ['x', 'y', 'z'] as const) {
          const iChanged = JSON.stringify(m[field]) !== JSON.stringify(b[field]);
          const theyChanged = JSON.stringify(t[field]) !== JSON.stringify(b[field]);
          expect(merged[field]).toEqual(iChanged ? m[field] : t[field]);
          expect(conflicts.includes(field)).toBe(iChanged && theyChanged && JSON.stringify(m[field]) !== JSON.stringify(t[field]));
          expect(theirs.includes(field)).toBe(!iChanged && theyChanged);
        }
      }),
    );
  });
});
