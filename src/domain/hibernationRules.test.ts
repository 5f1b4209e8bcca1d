import { describe, expect, it } from 'vitest';
import { overrideToKeep } from './hibernationRules';

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
