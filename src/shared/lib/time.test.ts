// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatDate, formatRelative } from './time';

describe('time formatting', () => {
  const now = Date.parse('2026-11-22T12:00:00Z');
  it('says how long ago, in the largest whole unit', () => {
    expect(formatRelative('2026-11-22T11:59:30Z', now)).toBe('30 seconds ago');
    expect(formatRelative('2026-11-22T09:00:00Z', now)).toBe('3 hours ago');
    expect(formatRelative('2026-11-24T12:00:00Z', now)).toBe('in 2 days');
  });
  it('passes through what it cannot read', () => {
    expect(formatRelative('soon', now)).toBe('soon');
    expect(formatDate(undefined)).toBe('—');
    expect(formatDate('2026-11-22T12:00:00Z', 'en-GB')).toMatch(/22 Nov 2026/);
  });
});
