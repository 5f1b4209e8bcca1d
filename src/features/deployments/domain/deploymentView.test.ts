// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_VIEW,
  applyView,
  createSearchIndex,
  pageOf,
  parseView,
  sortRows,
  viewToParams,
  type DeploymentRow,
  type DeploymentView,
} from './deploymentView';

function row(overrides: Partial<DeploymentRow>): DeploymentRow {
  return {
    id: 'cl000000000000000000000001',
    name: 'etl',
    status: 'HEALTHY',
    executor: 'CELERY',
    type: 'STANDARD',
    astroRuntimeVersion: '12.4.0',
    imageTag: 'deploy-2026-11-02T10-15-00',
    namespace: 'quiet-moon-1234',
    updatedAt: '2026-11-01T00:00:00Z',
    ...overrides,
  };
}

const rows = [
  row({ id: 'a', name: 'sales-etl', status: 'HEALTHY', executor: 'CELERY', astroRuntimeVersion: '9.1.0' }),
  row({ id: 'b', name: 'ml-train', status: 'DEPLOYING', executor: 'KUBERNETES', astroRuntimeVersion: '12.4.0' }),
  row({ id: 'c', name: 'ads-sync', status: 'UNHEALTHY', executor: 'ASTRO', astroRuntimeVersion: '3.1-2', type: 'DEDICATED' }),
];

describe('deployment list view', () => {
  it('sorts by status worst first, then by name', () => {
    const rows = ['HEALTHY', 'CREATING', 'UNHEALTHY', 'HIBERNATING', 'DEPLOYING', 'UNKNOWN'].map((status, i) => row({ id: `d${i}`, name: `n${i}`, status }));
    expect(sortRows(rows, 'status', 'asc').map((r) => r.status)).toEqual(['UNHEALTHY', 'UNKNOWN', 'DEPLOYING', 'CREATING', 'HIBERNATING', 'HEALTHY']);
  });

  it('searches names case-insensitively and matches ids exactly', () => {
    expect(applyView(rows, { ...DEFAULT_VIEW, q: 'ETL' }).rows.map((r) => r.id)).toEqual(['a']);
    expect(applyView(rows, { ...DEFAULT_VIEW, q: 'b' }).rows.map((r) => r.id)).toEqual(['b']);
  });

  it('combines filters with AND', () => {
    const view = { ...DEFAULT_VIEW, status: ['HEALTHY', 'UNHEALTHY'], type: ['DEDICATED'] };
    expect(applyView(rows, view).rows.map((r) => r.id)).toEqual(['c']);
  });

  it('sorts by Runtime as versions: numerically, and Airflow 3 Runtimes after every Airflow 2 one', () => {
    const view: DeploymentView = { ...DEFAULT_VIEW, sort: 'runtime', dir: 'desc' };
    expect(applyView(rows, view).rows.map((r) => r.astroRuntimeVersion)).toEqual(['3.1-2', '12.4.0', '9.1.0']);
    const threes = [row({ id: 'x', astroRuntimeVersion: '3.1-2' }), row({ id: 'y', astroRuntimeVersion: '3.1-10' })];
    expect(applyView(threes, { ...DEFAULT_VIEW, sort: 'runtime', dir: 'asc' }).rows.map((r) => r.astroRuntimeVersion)).toEqual(['3.1-2', '3.1-10']);
  });

  it('pages and clamps a page past the end', () => {
    const many = Array.from({ length: 60 }, (_, i) => row({ id: `d${i}`, name: `dep-${String(i).padStart(2, '0')}` }));
    const second = applyView(many, { ...DEFAULT_VIEW, page: 1 });
    expect(second.rows[0]?.name).toBe('dep-25');
    expect(second.total).toBe(60);
    expect(applyView(many, { ...DEFAULT_VIEW, page: 99 }).page).toBe(2);
  });

  it('answers a run of searches from its memory exactly as a fresh scan does', () => {
    const text = fc.stringMatching(/^[ab-]{0,4}$/);
    const deployment = fc.record({
      id: fc.constantFrom('ab', 'b-a', 'aab', 'x1', 'x2'),
      name: text,
      namespace: text,
      imageTag: text,
      status: fc.constantFrom('HEALTHY', 'UNHEALTHY'),
    });
    const search = fc.record({
      q: fc.oneof(text, fc.constantFrom('AB', ' ab ', 'b-a', 'aab')),
      status: fc.subarray(['HEALTHY', 'UNHEALTHY']),
      page: fc.nat(3),
      pageSize: fc.constantFrom(1, 2, 25),
    });
    fc.assert(
      fc.property(fc.array(deployment, { maxLength: 12 }), fc.array(search, { minLength: 1, maxLength: 12 }), (list, searches) => {
        const sorted = sortRows(
          list.map((d, i) => row({ ...d, id: `${d.id}${i > 0 && list.slice(0, i).some((e) => e.id === d.id) ? i : ''}` })),
          'name',
          'asc',
        );
        const index = createSearchIndex(sorted);
        for (const s of searches) {
          // Typing: each search is asked letter by letter, as the box sends it.
          for (let n = 0; n <= s.q.length; n++) {
            const view = { ...DEFAULT_VIEW, ...s, q: s.q.slice(0, n) };
            expect(index.pageOf(view)).toEqual(pageOf(sorted, view));
          }
        }
      }),
    );
  });

  it('keeps defaults out of the URL and reads garbage as defaults', () => {
    expect(viewToParams(DEFAULT_VIEW).toString()).toBe('');
    expect(parseView(new URLSearchParams('sort=evil&page=-3&pageSize=7&dir=sideways'))).toEqual(DEFAULT_VIEW);
  });

  it('round-trips every view through the URL', () => {
    const view = fc.record({
      q: fc.string(),
      status: fc.subarray(['CREATING', 'DEPLOYING', 'HEALTHY', 'UNHEALTHY', 'HIBERNATING', 'UNKNOWN']),
      executor: fc.subarray(['CELERY', 'KUBERNETES', 'ASTRO']),
      type: fc.subarray(['STANDARD', 'DEDICATED', 'HYBRID']),
      sort: fc.constantFrom('name', 'status', 'runtime', 'updatedAt' as const),
      dir: fc.constantFrom('asc', 'desc' as const),
      page: fc.nat(500),
      pageSize: fc.constantFrom(25, 50, 100),
    });
    fc.assert(
      fc.property(view, (v) => {
        expect(parseView(new URLSearchParams(viewToParams(v).toString()))).toEqual(v);
      }),
    );
  });
});
