// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { RuntimeRelease } from './catalogue';
import { runtimeOffer, runtimeStanding } from './runtimeChoice';

const release = (version: string, airflowVersion: string, date: string, channel = 'stable'): RuntimeRelease => ({
  version,
  airflowVersion,
  channel,
  releaseDate: `${date}T16:00:00Z`,
  airflowDatabaseMigration: false,
  stellarDatabaseMigration: false,
});
const RELEASES = [
  release('3.1-1', '3.1.0', '2026-09-02'),
  release('3.1-2', '3.1.0', '2026-10-28'),
  release('12.4.0', '2.10.5', '2026-07-15'),
  release('11.18.0', '2.9.3', '2026-01-21'),
  release('9.22.0', '2.7.3', '2025-08-27', 'deprecated'),
];
const NOW = new Date('2026-11-24T10:00:00Z');

describe('Runtime choice at create', () => {
  it('offers maintained and undated releases, newest first, never those past maintenance, and preselects the latest patch', () => {
    const offer = runtimeOffer(RELEASES, NOW);
    expect(offer.releases.map((r) => r.version)).toEqual(['3.1-2', '3.1-1', '12.4.0']);
    expect(offer.preselect).toBe('3.1-2');
  });

  it('preselects a maintained stable release over a newer undated or non-stable one', () => {
    const offer = runtimeOffer([release('3.2-1', '3.2.0', '2026-11-20', 'beta'), ...RELEASES, release('14.2.0', '2.12.0', '2026-11-01')], NOW);
    expect(offer.releases.map((r) => r.version)).toEqual(['3.2-1', '3.1-2', '3.1-1', '14.2.0', '12.4.0']);
    expect(offer.preselect).toBe('3.1-2');
  });

  it('still offers every release in live mode, where no lifecycle is known, the first stable one preselected', () => {
    const offer = runtimeOffer([release('15.1.0', '2.12.1', '2026-11-01', 'beta'), release('15.0.0', '2.12.0', '2026-10-01')], NOW);
    expect(offer.releases.map((r) => r.version)).toEqual(['15.1.0', '15.0.0']);
    expect(offer.preselect).toBe('15.0.0');
  });
});

describe('Runtime standing on Details', () => {
  it('says a yanked version is yanked, and that it is no longer offered', () => {
    const standing = runtimeStanding(RELEASES, '11.0.0', NOW);
    expect(standing.lifecycle.status).toBe('yanked');
    expect(standing.reason).toBe('Yanked: no reason published. Deploy an image on a supported Runtime. No longer offered.');
  });

  it('says when maintenance ended, and that the API deprecates it', () => {
    expect(runtimeStanding(RELEASES, '11.18.0', NOW)).toMatchObject({
      lifecycle: { status: 'ended' },
      deprecated: false,
      offered: true,
      reason: 'Maintenance ended on Oct 31, 2025 (389 days ago).',
    });
    expect(runtimeStanding(RELEASES, '9.22.0', NOW)).toMatchObject({
      deprecated: true,
      reason: expect.stringMatching(/ The API marks this release deprecated\.$/),
    });
  });

  it('has nothing to add for a maintained release, and says what it does not know', () => {
    expect(runtimeStanding(RELEASES, '3.1-2', NOW)).toMatchObject({ lifecycle: { status: 'maintained', derived: true }, reason: undefined });
    expect(runtimeStanding(RELEASES, '12.4.0', NOW).reason).toBe('No source states when its maintenance ends.');
    expect(runtimeStanding(RELEASES, 'custom', NOW)).toMatchObject({
      lifecycle: { status: 'unknown' },
      reason: 'Not an Astro Runtime version the console can read.',
    });
  });
});
