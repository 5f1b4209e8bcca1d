// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultListState } from '../../../shared/lib/listState';
import { buildCatalogue, type RuntimeRelease } from './catalogue';
import { countsByWorkspace, FLEET_SPEC, fleetRows, matchesView, viewRows, type FleetView } from './fleet';

const release = (version: string, airflowVersion: string, date: string): RuntimeRelease => ({
  version,
  airflowVersion,
  channel: 'stable',
  releaseDate: `${date}T16:00:00Z`,
  airflowDatabaseMigration: false,
  stellarDatabaseMigration: false,
});
const RELEASES = [release('3.1-2', '3.1.0', '2026-10-28'), release('12.4.0', '2.10.5', '2026-07-15'), release('11.18.0', '2.9.3', '2026-01-21')];
const NOW = new Date('2026-11-24T10:00:00Z');

const DEPLOYMENTS = [
  { id: 'd1', name: 'etl', workspaceId: 'w1', astroRuntimeVersion: '11.18.0' },
  { id: 'd2', name: 'Ads', workspaceId: 'w1', astroRuntimeVersion: '3.1-2' },
  { id: 'd3', name: 'broken', workspaceId: 'w2', astroRuntimeVersion: '11.0.0' },
  { id: 'd4', name: 'legacy', workspaceId: 'w2', runtimeVersion: '9.22.0' },
  { id: 'd5', name: 'custom', workspaceId: 'w3', astroRuntimeVersion: 'my-image' },
  { id: 'd6', name: 'new-af2', workspaceId: 'w2', astroRuntimeVersion: '2.10-12' },
];
const NAMES = new Map([
  ['w1', 'Data'],
  ['w2', 'Analytics'],
]);
const versions = (view: Partial<FleetView>) =>
  viewRows(
    fleetRows(
      DEPLOYMENTS,
      buildCatalogue(
        RELEASES,
        DEPLOYMENTS.map((d) => d.astroRuntimeVersion ?? d.runtimeVersion),
      ),
      NAMES,
      NOW,
    ),
    {
      ...defaultListState(FLEET_SPEC),
      ...view,
    },
  ).map((row) => row.deployment.name);

describe('Fleet matrix', () => {
  const rows = fleetRows(DEPLOYMENTS, buildCatalogue(RELEASES, ['11.0.0', '9.22.0', '2.10-12']), NAMES, NOW);
  const byName = (name: string) => rows.find((row) => row.deployment.name === name)!;

  it("reads each Deployment's Runtime and where it stands on the clock", () => {
    expect(byName('etl')).toMatchObject({ version: '11.18.0', pastMaintenance: true, yanked: false, airflowMajor: 2, workspaceName: 'Data' });
    expect(byName('etl').lifecycle.status).toBe('ended');
    expect(byName('Ads')).toMatchObject({ pastMaintenance: false, yanked: false, airflowMajor: 3 });
    expect(byName('broken')).toMatchObject({ yanked: true, airflowMajor: 2 });
    expect(byName('legacy')).toMatchObject({ version: '9.22.0', pastMaintenance: true });
    expect(byName('new-af2')).toMatchObject({ airflowMajor: 2 });
    // A custom tag: unknown, never counted as past maintenance or as any generation.
    expect(byName('custom')).toMatchObject({ entry: undefined, airflowMajor: undefined, pastMaintenance: false, yanked: false, workspaceName: 'w3' });
    expect(byName('custom').lifecycle.status).toBe('unknown');
  });

  it('filters by concern (any of those chosen) and by Airflow generation', () => {
    // 11.0.0 is yanked and its line is past maintenance: it is both.
    expect(versions({ show: ['past-maintenance'] })).toEqual(['legacy', 'broken', 'etl']);
    expect(versions({ show: ['yanked'] })).toEqual(['broken']);
    expect(versions({ show: ['yanked', 'past-maintenance'] })).toEqual(['legacy', 'broken', 'etl']);
    expect(versions({ airflow: ['2'] })).toEqual(['legacy', 'broken', 'etl', 'new-af2']);
    expect(versions({ airflow: ['3'] })).toEqual(['Ads']);
    expect(versions({ airflow: ['3'], show: ['past-maintenance'] })).toEqual([]);
  });

  it('sorts by Runtime (new shape above old), name, Workspace and urgency, either way', () => {
    expect(versions({})).toEqual(['legacy', 'broken', 'etl', 'new-af2', 'Ads', 'custom']);
    expect(versions({ dir: 'desc' })).toEqual(['custom', 'Ads', 'new-af2', 'etl', 'broken', 'legacy']);
    expect(versions({ sort: 'name' })).toEqual(['Ads', 'broken', 'custom', 'etl', 'legacy', 'new-af2']);
    expect(versions({ sort: 'workspace' })).toEqual(['broken', 'legacy', 'new-af2', 'Ads', 'etl', 'custom']);
    expect(versions({ sort: 'lifecycle' }).slice(0, 3)).toEqual(['broken', 'legacy', 'etl']);
  });

  it('counts per Workspace, and how many of each the filters keep', () => {
    const view = { show: ['past-maintenance'], airflow: [] };
    expect(countsByWorkspace(rows, view)).toEqual([
      { workspaceId: 'w2', workspaceName: 'Analytics', deployments: 3, pastMaintenance: 2, yanked: 1, shown: 2 },
      { workspaceId: 'w1', workspaceName: 'Data', deployments: 2, pastMaintenance: 1, yanked: 0, shown: 1 },
      { workspaceId: 'w3', workspaceName: 'w3', deployments: 1, pastMaintenance: 0, yanked: 0, shown: 0 },
    ]);
    expect(rows.filter((row) => matchesView(row, view)).length).toBe(3);
    // A Workspace without Deployments still has its line.
    expect(countsByWorkspace(rows, view, new Map([...NAMES, ['w4', 'Empty']])).find((count) => count.workspaceId === 'w4')).toEqual({
      workspaceId: 'w4',
      workspaceName: 'Empty',
      deployments: 0,
      pastMaintenance: 0,
      yanked: 0,
      shown: 0,
    });
  });
});
