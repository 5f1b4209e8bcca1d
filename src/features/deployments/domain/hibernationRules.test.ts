import { describe, expect, it } from 'vitest';
import { validateHibernationOverride } from './hibernationOverride';
import { overrideToKeep } from './hibernationRules';

const errorsOf = (r: { ok: boolean; errors?: Array<{ field: string; code: string }> }) => (r.ok ? [] : r.errors!.map((e) => `${e.field}:${e.code}`));

describe('overrideToKeep', () => {
  it('sends an override in force back as it is, and nothing when none is in force', () => {
    expect(overrideToKeep({ isHibernating: true, overrideUntil: '2026-11-23T08:00:00Z' })).toEqual({
      isHibernating: true,
      overrideUntil: '2026-11-23T08:00:00Z',
    });
    expect(overrideToKeep({ isHibernating: false })).toEqual({ isHibernating: false });
    expect(overrideToKeep({ overrideUntil: '2026-11-23T08:00:00Z' })).toBeUndefined();
    expect(overrideToKeep(undefined)).toBeUndefined();
  });
});

describe('validateHibernationOverride', () => {
  it('needs isHibernating and an end in the future', () => {
    const now = new Date('2026-11-22T10:00:00Z');
    expect(errorsOf(validateHibernationOverride({}, now))).toEqual(['isHibernating:required']);
    expect(errorsOf(validateHibernationOverride({ isHibernating: true, overrideUntil: '2026-11-22T09:59:59Z' }, now))).toEqual(['overrideUntil:min']);
    expect(errorsOf(validateHibernationOverride({ isHibernating: true, overrideUntil: 'tomorrow' }, now))).toEqual(['overrideUntil:format']);
    expect(validateHibernationOverride({ isHibernating: false, overrideUntil: '2026-11-23T00:00:00Z' }, now).ok).toBe(true);
  });
});
