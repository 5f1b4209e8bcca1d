import { describe, expect, it, vi } from 'vitest';
import { http } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import { renderRoute } from '../../test/render';
import { demoDb, server } from '../../test/server';
import { failing } from '../../test/errors';
import { SEED_IDS } from '../../mocks/seed';
import { paths } from '../../shared/routes/paths';

const NOW = new Date('2026-11-24T10:00:00Z');
const releasesAt = (search = '') => paths.runtimeReleases(SEED_IDS.organization, 'releases', search);

function rowOf(table: HTMLElement, version: string) {
  return within(table)
    .getByRole('rowheader', { name: new RegExp(`^${version.replaceAll('.', '\\.')}`) })
    .closest('tr') as HTMLElement;
}

/** Today is a test input: the page reads the clock once when it opens. */
function at(now: Date) {
  vi.useFakeTimers({ now, toFake: ['Date'] });
  return () => vi.useRealTimers();
}

describe('RuntimeReleasesPage', () => {
  it('lists every Runtime with its lifecycle on the clock, its Deployments, and the ones only Deployments run', async () => {
    const restore = at(NOW);
    try {
      let answer!: () => void;
      const held = new Promise<void>((resolve) => (answer = resolve));
      // Held, then handed on to the demo backend (a handler that returns nothing passes the request on).
      server.use(http.get('*/v1/organizations/:organizationId/deployment-options', () => held));
      renderRoute(releasesAt());
      expect(await screen.findByText('Loading Runtime releases…')).toBeInTheDocument();
      answer();
      const table = await screen.findByRole('table', { name: 'Runtime releases' });
      await waitFor(() => expect(within(rowOf(table, '3.1-2')).getAllByRole('cell').at(-2)).toHaveTextContent(/^4$/));
      const current = rowOf(table, '3.1-2');
      expect(current).toHaveTextContent('Oct 31, 2028 derived');
      expect(current).toHaveTextContent('ends in 707 days');
      expect(current).toHaveTextContent('Maintained');
      const yanked = rowOf(table, '11.0.0');
      expect(yanked).toHaveTextContent('not offered by the API');
      expect(yanked).toHaveTextContent('Yanked');
      expect(within(yanked).getAllByRole('cell').at(-2)).toHaveTextContent(/^1$/);
      expect(rowOf(table, '11.18.0')).toHaveTextContent('ended 389 days ago');
      expect(rowOf(table, '12.4.0')).toHaveTextContent('Lifecycle unknown');
      expect(within(rowOf(table, '3.1-1')).getAllByRole('cell')[5]).toHaveTextContent('Needed');
      expect(within(table).getByRole('link', { name: 'Compose a FROM line for Runtime 12.4.0' })).toHaveAttribute(
        'href',
        paths.runtimeReleases(SEED_IDS.organization, 'tag-composer', 'runtime=12.4.0'),
      );
    } finally {
      restore();
    }
  });

  it('filters by the URL: Airflow 2, supported only', async () => {
    const { user, router } = renderRoute(releasesAt('airflow=2&show=supported'));
    const table = await screen.findByRole('table', { name: 'Runtime releases' });
    const versions = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(versions.length).toBeGreaterThan(0);
    expect(versions.every((v) => /^1\d\.\d+\.\d+/.test(v ?? ''))).toBe(true);
    expect(within(table).queryByRole('rowheader', { name: /^11\.0\.0/ })).not.toBeInTheDocument();
    expect(within(table).queryByRole('rowheader', { name: /^9\.22\.0/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(within(table).getByRole('rowheader', { name: /^11\.0\.0/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Airflow 3' }));
    await waitFor(() => expect(router.state.location.search).toBe('?airflow=3'));
  });

  it('says unknown, not a guess, for a release the documentation does not cover', async () => {
    demoDb.state.deploymentOptions.runtimeReleases.unshift({
      version: '14.2.0',
      airflowVersion: '2.12.0',
      channel: 'stable',
      releaseDate: '2026-11-01T00:00:00Z',
      airflowDatabaseMigration: false,
      stellarDatabaseMigration: false,
    });
    renderRoute(releasesAt());
    const row = rowOf(await screen.findByRole('table', { name: 'Runtime releases' }), '14.2.0');
    const cells = within(row).getAllByRole('cell');
    expect(cells[2]).toHaveTextContent(/^unknown$/);
    expect(cells[3]).toHaveTextContent('Lifecycle unknown');
    expect(cells[4]).toHaveTextContent(/^unknown$/);
  });

  it('shows the failure with a retry that loads the releases', async () => {
    server.use(failing('get', '/organizations/:organizationId/deployment-options', 500, 'Boom'));
    const { user } = renderRoute(releasesAt());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the Runtime releases');
    expect(alert).toHaveTextContent('Boom');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: 'Runtime releases' })).toBeInTheDocument();
  });

  it('says so when there is no Runtime at all', async () => {
    demoDb.state.deploymentOptions.runtimeReleases = [];
    demoDb.state.deployments = [];
    renderRoute(releasesAt());
    expect(await screen.findByText('No Runtime releases')).toBeInTheDocument();
  });

  it('composes the FROM line the link names, and refuses what does not exist', async () => {
    const { user } = renderRoute(paths.runtimeReleases(SEED_IDS.organization, 'tag-composer', 'runtime=12.4.0&python=3.12&distro=ubi9&slim=1'));
    const composed = await screen.findByRole('status', { name: 'Composed FROM line' });
    expect(within(composed).getByText('FROM quay.io/astronomer/astro-runtime:12.4.0-ubi9-python-3.12-slim')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Runtime' }), '10.9.0');
    const refusal = await screen.findByRole('alert');
    expect(refusal).toHaveTextContent('Slim images exist from Runtime 11; 10.9.0 has none.');
    expect(refusal).toHaveTextContent('UBI9 images start at Runtime 11.13.0 and 12.3.0.');
  });
});

describe('RuntimeReleasesPage: the fleet', () => {
  const fleetAt = (search = '') => paths.runtimeReleases(SEED_IDS.organization, 'fleet', search);
  const names = (table: HTMLElement) =>
    within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);

  it('lists every Deployment of every Workspace, filtered to past maintenance by the URL, with counts per Workspace', async () => {
    const restore = at(NOW);
    try {
      const { user, router } = renderRoute(fleetAt('show=past-maintenance&sort=name'));
      const table = await screen.findByRole('table', { name: 'Fleet' });
      // 11.0.0 (yanked) and 11.18.0, 10.9.0, 9.22.0: every line past its stated end of maintenance on the clock.
      expect(names(table)).toEqual(['clickstream-hybrid', 'data-quality-checks', 'ingest-stripe', 'legacy-reporting']);
      expect(screen.getByRole('status')).toHaveTextContent('4 of 15 Deployments match');
      const stripe = rowOf(table, 'ingest-stripe');
      expect(stripe).toHaveTextContent('11.18.0');
      expect(stripe).toHaveTextContent('Past maintenance');
      expect(stripe).toHaveTextContent('maintenance ended 389 days ago');
      expect(rowOf(table, 'clickstream-hybrid')).toHaveTextContent('Yanked');
      expect(within(stripe).getByRole('link', { name: 'ingest-stripe' })).toHaveAttribute(
        'href',
        paths.deployment(SEED_IDS.organization, SEED_IDS.workspaces.dataPlatform, demoDb.state.deployments.find((d) => d.name === 'ingest-stripe')!.id),
      );

      const perWorkspace = screen.getByRole('table', { name: 'Deployments per Workspace' });
      const cells = (workspace: string) =>
        within(within(perWorkspace).getByRole('rowheader', { name: workspace }).closest('tr')!)
          .getAllByRole('cell')
          .map((cell) => cell.textContent);
      expect(cells('Data Platform')).toEqual(['7', '3', '0', '3']);
      expect(cells('Analytics')).toEqual(['5', '1', '1', '1']);
      expect(cells('ML Engineering')).toEqual(['3', '0', '0', '0']);
      expect(cells('Sandbox')).toEqual(['0', '0', '0', '0']);

      await user.click(screen.getByRole('button', { name: 'Airflow 3' }));
      await waitFor(() => expect(router.state.location.search).toBe('?show=past-maintenance&airflow=3&sort=name'));
      expect(await screen.findByText('No Deployment matches these filters')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Clear filters' }));
      await waitFor(() => expect(router.state.location.search).toBe('?sort=name'));
      expect(names(screen.getByRole('table', { name: 'Fleet' }))).toHaveLength(15);
    } finally {
      restore();
    }
  });

  it('filters to yanked and to Airflow 2, and sorts by Runtime from the header', async () => {
    const { user, router } = renderRoute(fleetAt('show=yanked'));
    expect(names(await screen.findByRole('table', { name: 'Fleet' }))).toEqual(['clickstream-hybrid']);
    await user.click(screen.getByRole('button', { name: 'Yanked' }));
    await user.click(screen.getByRole('button', { name: 'Airflow 2' }));
    await waitFor(() => expect(router.state.location.search).toBe('?airflow=2'));
    const table = screen.getByRole('table', { name: 'Fleet' });
    const versions = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[1]!.textContent);
    expect(versions()[0]).toMatch(/^9\.22\.0/);
    expect(versions().every((v) => !/^3\./.test(v ?? ''))).toBe(true);
    await user.click(within(table).getByRole('button', { name: 'Runtime' }));
    await waitFor(() => expect(router.state.location.search).toBe('?airflow=2&dir=desc'));
    expect(versions()[0]).toMatch(/^12\.4\.0/);
  });

  it('shows a failure to list the Deployments with a retry that loads them', async () => {
    server.use(failing('get', '/organizations/:organizationId/deployments', 500, 'Boom'));
    const { user } = renderRoute(fleetAt());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the Deployments');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: 'Fleet' })).toBeInTheDocument();
  });

  it('says so when the Organization has no Deployment', async () => {
    demoDb.state.deployments = [];
    renderRoute(fleetAt());
    expect(await screen.findByText('No Deployments')).toBeInTheDocument();
  });

  it('follows every page of a long list', async () => {
    const template = demoDb.state.deployments[0]!;
    demoDb.state.deployments = Array.from({ length: 2500 }, (_, i) => ({ ...template, id: `bulk-${i}`, name: `bulk-${String(i).padStart(4, '0')}` }));
    renderRoute(fleetAt());
    expect(await screen.findByText('2500 Deployments')).toBeInTheDocument();
    // Virtualised: a screenful of rows is in the document, not all 2500.
    expect(within(screen.getByRole('table', { name: 'Fleet' })).getAllByRole('row').length).toBeLessThan(60);
  });
});
