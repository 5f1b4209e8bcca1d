// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ROLLBACK_WINDOW_DAYS,
  compareDeploys,
  deployLabel,
  deployStates,
  diffDeployStates,
  filterDeploys,
  liveDeploy,
  rollbackBlocker,
  type DeployRecord,
} from './deployHistory';

const DAY = 24 * 3600 * 1000;
const NOW = Date.parse('2026-11-22T12:00:00Z');
const at = (daysAgo: number) => new Date(NOW - daysAgo * DAY).toISOString();

function deploy(id: string, daysAgo: number, overrides: Partial<DeployRecord> = {}): DeployRecord {
  return {
    id,
    type: 'IMAGE_AND_DAG',
    status: 'DEPLOYED',
    createdAt: at(daysAgo),
    imageTag: `img-${id}`,
    dagTarballVersion: `dags-${id}`,
    astroRuntimeVersion: '12.4.0',
    isDagDeployEnabled: true,
    ...overrides,
  };
}

describe('deployLabel', () => {
  it('names the kind, a bundle deploy as such, and says when it rolled back', () => {
    expect(deployLabel(deploy('a', 1, { type: 'DAG_ONLY' }))).toBe('DAG-only');
    expect(deployLabel(deploy('b', 1, { type: 'DAG_ONLY', bundles: [{}] }))).toBe('Bundle');
    expect(deployLabel(deploy('c', 1, { rollbackFromId: 'a' }))).toBe('Image and DAGs rollback');
  });
});

describe('what changed between two deploys', () => {
  const history = [
    deploy('a', 10, { astroRuntimeVersion: '12.1.1' }),
    deploy('b', 8, { type: 'DAG_ONLY', imageTag: 'img-a', astroRuntimeVersion: '12.1.1' }),
    deploy('c', 6, { type: 'IMAGE_ONLY', dagTarballVersion: undefined }),
    deploy('d', 4, { status: 'FAILED' }),
    deploy('e', 2, { type: 'DAG_ONLY', imageTag: 'img-c' }),
  ];

  it('a DAG-only deploy changes only the bundle', () => {
    const { changes } = compareDeploys(history, history[0]!, history[1]!);
    expect(changes).toEqual([{ field: 'bundle', from: 'dags-a', to: 'dags-b' }]);
  });

  it('an image-only deploy keeps the bundle that was live, and a Runtime upgrade is named', () => {
    const { changes } = compareDeploys(history, history[1]!, history[2]!);
    expect(changes.map((c) => c.field)).toEqual(['image', 'runtime']);
    expect(changes[1]!.runtime).toMatchObject({ from: '12.1.1', to: '12.4.0', direction: 'upgrade', airflow3To2: false });
    expect(deployStates(history).get('c')!.dagTarballVersion).toBe('dags-b');
  });

  it('orders the pair by time, whichever was picked first, and reports a downgrade', () => {
    const forward = compareDeploys(history, history[0]!, history[4]!);
    const backward = compareDeploys(history, history[4]!, history[0]!);
    expect(backward).toEqual(forward);
    expect(forward.older.id).toBe('a');
    expect(diffDeployStates(deployStates(history).get('e')!, deployStates(history).get('a')!).find((c) => c.field === 'runtime')!.runtime!.direction).toBe(
      'downgrade',
    );
  });

  it('a failed deploy leaves nothing behind for the deploys after it', () => {
    expect(deployStates(history).get('e')).toEqual({ imageTag: 'img-c', dagTarballVersion: 'dags-e', astroRuntimeVersion: '12.4.0' });
  });

  it('two deploys with the same image, bundle and Runtime differ in nothing', () => {
    const rollback = deploy('r', 1, { imageTag: 'img-a', dagTarballVersion: 'dags-a', astroRuntimeVersion: '12.1.1', rollbackFromId: 'a' });
    expect(compareDeploys([...history, rollback], history[0]!, rollback).changes).toEqual([]);
  });

  it('diffing a state with itself is empty, and every field that differs is reported once (property)', () => {
    const state = fc.record({
      imageTag: fc.string(),
      dagTarballVersion: fc.option(fc.string(), { nil: undefined }),
      astroRuntimeVersion: fc.option(fc.constantFrom('12.4.0', '3.1-2', '11.18.0'), { nil: undefined }),
    });
    fc.assert(
      fc.property(state, state, (a, b) => {
        expect(diffDeployStates(a, a)).toEqual([]);
        const fields = diffDeployStates(a, b).map((c) => c.field);
        expect(fields).toEqual(
          [
            a.imageTag !== b.imageTag && 'image',
            a.dagTarballVersion !== b.dagTarballVersion && 'bundle',
            a.astroRuntimeVersion !== b.astroRuntimeVersion && 'runtime',
          ].filter(Boolean),
        );
      }),
    );
  });
});

describe('the rollback window', () => {
  const history = [
    deploy('old', ROLLBACK_WINDOW_DAYS + 1),
    deploy('edge', ROLLBACK_WINDOW_DAYS - 0.01),
    deploy('failed', 5, { status: 'FAILED' }),
    deploy('pending', 0.1, { status: 'INITIALIZED' }),
    deploy('live', 1),
  ];

  it('allows a deploy that succeeded within 90 days and is not running now', () => {
    expect(rollbackBlocker(history[1]!, history, NOW)).toBeUndefined();
  });

  it('refuses the deploy that runs now, with the reason', () => {
    expect(liveDeploy(history)!.id).toBe('live');
    expect(rollbackBlocker(history[4]!, history, NOW)).toBe('This deploy is what runs now.');
  });

  it('refuses deploys older than 90 days, failed ones and unfinished ones', () => {
    expect(rollbackBlocker(history[0]!, history, NOW)).toMatch(/Older than 90 days/);
    expect(rollbackBlocker(history[2]!, history, NOW)).toMatch(/failed/);
    expect(rollbackBlocker(history[3]!, history, NOW)).toMatch(/not finished/);
  });

  it('the boundary moves with time (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), (daysAgo) => {
        const target = deploy('t', daysAgo + 0.5);
        const blocked = rollbackBlocker(target, [target, deploy('live', 0)], NOW);
        return (blocked !== undefined) === daysAgo + 0.5 > ROLLBACK_WINDOW_DAYS;
      }),
    );
  });
});

describe('filters', () => {
  it('filters by type (a bundle deploy counts as BUNDLE) and by status', () => {
    const h = [deploy('a', 3), deploy('b', 2, { type: 'DAG_ONLY', bundles: [{}] }), deploy('c', 1, { type: 'DAG_ONLY', status: 'FAILED' })];
    expect(filterDeploys(h, { type: ['BUNDLE'], status: [] }).map((d) => d.id)).toEqual(['b']);
    expect(filterDeploys(h, { type: ['DAG_ONLY'], status: [] }).map((d) => d.id)).toEqual(['c']);
    expect(filterDeploys(h, { type: [], status: ['FAILED'] }).map((d) => d.id)).toEqual(['c']);
    expect(filterDeploys(h, { type: [], status: [] })).toHaveLength(3);
    expect(filterDeploys(h, { type: ['BUNDLE', 'DAG_ONLY'], status: [] }).map((d) => d.id)).toEqual(['b', 'c']);
  });
});
