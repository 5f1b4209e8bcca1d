import { describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderRoute } from '../../test/render';
import { demoDb, server } from '../../test/server';
import { failing } from '../../test/errors';
import { scaleDeployments } from '../../mocks/demo/operations';
import { SEED_IDS } from '../../mocks/seed';

async function openWorkspace(name: string, search = '') {
  const view = renderRoute('/');
  const link = await screen.findByRole('link', { name });
  const href = link.getAttribute('href')!;
  await view.router.navigate(`${href}${search}`);
  return view;
}

const bodyRows = () =>
  within(screen.getByRole('table', { name: 'Deployments' }))
    .getAllByRole('row')
    .slice(1);

describe('DeploymentsPage', () => {
  it('shows each Deployment with its status, Runtime, executor and image tag', async () => {
    await openWorkspace('Data Platform');
    await screen.findByRole('table', { name: 'Deployments' });
    expect(bodyRows().length).toBeGreaterThan(1);
    const first = bodyRows()[0]!;
    expect(within(first).getByText(/Airflow \d/)).toBeInTheDocument();
    expect(within(first).getAllByRole('cell')[5]!.textContent).not.toBe('');
  });

  it("opens a row's Deployment inside the app, and leaves a modified click (new tab) to the browser", async () => {
    const { user, router } = await openWorkspace('Data Platform');
    await screen.findByRole('table', { name: 'Deployments' });
    const link = within(bodyRows()[0]!).getAllByRole('link')[0]!;
    const href = link.getAttribute('href')!;
    expect(href).toMatch(/\/deployments\/[a-z0-9]+\/overview$/);

    // Last in line, after the table's handler: records whether the app took the click, then keeps jsdom
    // from attempting the new-tab navigation it cannot do.
    let takenByApp: boolean | undefined;
    window.addEventListener('click', (event) => ((takenByApp = event.defaultPrevented), event.preventDefault()), { once: true });
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
    expect(takenByApp).toBe(false);
    expect(router.state.location.pathname).not.toBe(href);

    await user.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe(href));
    expect(await screen.findByRole('heading', { level: 1, name: link.textContent! })).toBeInTheDocument();
  });

  it('keeps keyboard focus on its Deployment when the rows re-sort, and on the table when it leaves the page', async () => {
    const { router } = await openWorkspace('Data Platform');
    await screen.findByRole('table', { name: 'Deployments' });
    const link = screen.getByRole('link', { name: 'sales-etl-prod' });
    const before = bodyRows().findIndex((row) => row.contains(link));
    act(() => link.focus());

    await act(() => router.navigate(`${router.state.location.pathname}?sort=name&dir=desc`));
    await waitFor(() => expect(bodyRows().findIndex((row) => within(row).queryByRole('link', { name: 'sales-etl-prod' }))).not.toBe(before));
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'sales-etl-prod' }));

    await act(() => router.navigate(`${router.state.location.pathname}?q=dbt`));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'sales-etl-prod' })).not.toBeInTheDocument());
    expect(document.activeElement).toBe(screen.getByRole('table', { name: 'Deployments' }));
  });

  it('filters by search and keeps it in the URL', async () => {
    const { user, router } = await openWorkspace('Data Platform');
    await screen.findByRole('table', { name: 'Deployments' });
    const all = bodyRows().length;
    const firstName = within(bodyRows()[0]!).getAllByRole('link')[0]!.textContent!;
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), firstName);
    await waitFor(() => expect(bodyRows().length).toBeLessThan(all + 1));
    expect(bodyRows().every((row) => row.textContent!.includes(firstName))).toBe(true);
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe(firstName));
  });

  it('keeps typing that goes on while the URL catches up with an earlier search', async () => {
    const { user, router } = await openWorkspace('Data Platform');
    await screen.findByRole('table', { name: 'Deployments' });
    const box = screen.getByRole('searchbox', { name: 'Search' });
    const results = screen.getByRole('region', { name: 'Results' });
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    // One more keystroke lands after the router took the first search and before the page rendered it.
    const unsubscribe = router.subscribe((state) => {
      if (new URLSearchParams(state.location.search).get('q') !== 'sales-etl') return;
      unsubscribe();
      fireEvent.change(box, { target: { value: 'sales-etl-p' } });
      observer.observe(results, { childList: true, subtree: true, characterData: true });
    });
    await user.type(box, 'sales-etl');
    await screen.findByRole('button', { name: 'Clear filters' }); // the page has rendered q=sales-etl
    expect(box).toHaveValue('sales-etl-p');
    expect(bodyRows().map((row) => within(row).getAllByRole('link')[0]!.textContent)).toEqual(['sales-etl-prod']);
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('sales-etl-p'));
    expect(box).toHaveValue('sales-etl-p');
    // Neither URL write changed what the table shows: the box had it right already.
    expect(mutations.splice(0)).toEqual([]);
    observer.disconnect();
  });

  it('keeps a filter chosen while the search is still on its way into the URL', async () => {
    const { router } = await openWorkspace('Data Platform');
    await screen.findByRole('table', { name: 'Deployments' });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'sales' } });
    fireEvent.click(within(screen.getByRole('group', { name: 'Status' })).getByRole('button', { name: 'Healthy' }));
    expect(new URLSearchParams(router.state.location.search).get('status')).toBe('HEALTHY');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('sales'));
    expect(new URLSearchParams(router.state.location.search).get('status')).toBe('HEALTHY');
  });

  it('shows the search of the history entry it goes back to', async () => {
    const { router } = await openWorkspace('Data Platform', '?q=sales');
    const box = await screen.findByRole('searchbox', { name: 'Search' });
    expect(box).toHaveValue('sales');
    await router.navigate(`${router.state.location.pathname}?q=ml`);
    await waitFor(() => expect(box).toHaveValue('ml'));
    await router.navigate(-1);
    await waitFor(() => expect(box).toHaveValue('sales'));
    expect(bodyRows().every((row) => row.textContent!.includes('sales'))).toBe(true);
  });

  it('applies status filters read from the URL, and says when nothing matches', async () => {
    await openWorkspace('Data Platform', '?status=HEALTHY');
    await screen.findByRole('table', { name: 'Deployments' });
    expect(bodyRows().every((row) => within(row).queryByText('Healthy'))).toBe(true);

    await openWorkspace('Data Platform', '?q=no-such-deployment-anywhere');
    expect(await screen.findByText('No Deployment matches these filters')).toBeInTheDocument();
  });

  it('reads a hand-typed filter in any case, and rewrites the link to the spelling it shows', async () => {
    const { router } = await openWorkspace('Data Platform', '?status=healthy');
    await screen.findByRole('table', { name: 'Deployments' });
    expect(within(screen.getByRole('group', { name: 'Status' })).getByRole('button', { name: 'Healthy' })).toHaveAttribute('aria-pressed', 'true');
    expect(bodyRows().length).toBeGreaterThan(0);
    expect(bodyRows().every((row) => within(row).queryByText('Healthy'))).toBe(true);
    await waitFor(() => expect(router.state.location.search).toBe('?status=HEALTHY'));
  });

  it('shows the last page for a page past the end, and the URL says which', async () => {
    scaleDeployments(demoDb, SEED_IDS.workspaces.sandbox, 30);
    const { router } = await openWorkspace('Sandbox', '?page=99');
    await screen.findByRole('table', { name: 'Deployments' });
    expect(screen.getByRole('status')).toHaveTextContent('30 matching Deployments, showing 26–30');
    await waitFor(() => expect(router.state.location.search).toBe('?page=2'));
  });

  it('makes each filter, sort and page a step that Back undoes, and a typed search none', async () => {
    scaleDeployments(demoDb, SEED_IDS.workspaces.sandbox, 30);
    const { user, router } = await openWorkspace('Sandbox');
    await screen.findByRole('table', { name: 'Deployments' });
    const search = () => new URLSearchParams(router.state.location.search);
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await user.click(within(screen.getByRole('group', { name: 'Status' })).getByRole('button', { name: 'Healthy' }));
    expect(search().get('status')).toBe('HEALTHY');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'sandbox' } });
    await waitFor(() => expect(search().get('q')).toBe('sandbox'));

    await act(() => router.navigate(-1));
    expect(search().toString()).toBe('page=2');
    await act(() => router.navigate(-1));
    expect(search().toString()).toBe('');
  });

  it('sorts by a column and writes the sort into the URL', async () => {
    const { user, router } = await openWorkspace('Data Platform');
    await screen.findByRole('table', { name: 'Deployments' });
    await user.click(screen.getByRole('button', { name: 'Name' }));
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('dir')).toBe('desc');
    await waitFor(() => {
      const names = bodyRows().map((row) => within(row).getAllByRole('link')[0]!.textContent!);
      expect(names[0]).toBe('sales-etl-staging');
      expect([...names].sort((a, b) => b.localeCompare(a, 'en', { numeric: true }))).toEqual(names);
    });
  });

  it('shows an empty Workspace as such', async () => {
    await openWorkspace('Sandbox');
    expect(await screen.findByText('No Deployments in this Workspace yet')).toBeInTheDocument();
  });

  it('shows a failing list honestly and recovers on retry', async () => {
    server.use(failing('get', '/organizations/:organizationId/deployments', 503, 'Service unavailable'));
    const { user } = await openWorkspace('Data Platform');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load Deployments');
    expect(alert).toHaveTextContent('Service unavailable');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: 'Deployments' })).toBeInTheDocument();
  });
});

describe('live status on the Deployments list', () => {
  it('polls only the moving Deployments, by id, and merges what changed into the list', async () => {
    const requests: URL[] = [];
    const onRequest = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/deployments')) requests.push(url);
    };
    server.events.on('request:start', onRequest);
    try {
      await openWorkspace('Data Platform');
      const row = (await screen.findByRole('link', { name: 'sales-etl-staging' })).closest('tr')!;
      expect(within(row).getByText('Deploying')).toBeInTheDocument();
      const fullLists = requests.filter((url) => !url.searchParams.has('deploymentIds')).length;

      // The deploy finishes on the server; the next fast poll asks for the moving ids only.
      server.use(
        http.get('*/v1/organizations/:organizationId/deployments', ({ request, params }) => {
          const ids = new URL(request.url).searchParams.getAll('deploymentIds');
          if (!ids.length) return undefined;
          const deployments = ids.map((id) => ({ ...demoDb.toWire(demoDb.findDeployment(String(params.organizationId), id)!), status: 'HEALTHY' }));
          return HttpResponse.json({ deployments, totalCount: deployments.length, offset: 0, limit: ids.length });
        }),
      );
      await waitFor(() => expect(within(row).getByText('Healthy')).toBeInTheDocument(), { timeout: 8_000 });
      const polls = requests.filter((url) => url.searchParams.has('deploymentIds'));
      expect(polls.length).toBeGreaterThan(0);
      expect(polls.every((url) => !url.searchParams.getAll('deploymentIds').includes('') && url.searchParams.getAll('deploymentIds').length < 3)).toBe(true);
      expect(requests.filter((url) => !url.searchParams.has('deploymentIds')).length).toBe(fullLists);
    } finally {
      server.events.removeListener('request:start', onRequest);
    }
  }, 15_000);

  it('says the count and the range shown in one live status line', async () => {
    scaleDeployments(demoDb, SEED_IDS.workspaces.sandbox, 30);
    const { user } = await openWorkspace('Sandbox');
    await screen.findByRole('table', { name: 'Deployments' });
    const list = screen.getByRole('region', { name: 'Results' });
    expect(list.querySelectorAll('[aria-live]')).toHaveLength(1);
    const status = within(list).getByRole('status');
    expect(status).toHaveTextContent('30 matching Deployments, showing 1–25');
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(status).toHaveTextContent('30 matching Deployments, showing 26–30');
  });

  it('counts one match in the singular', async () => {
    await openWorkspace('Data Platform', '?q=sales-etl-staging');
    await screen.findByRole('table', { name: 'Deployments' });
    expect(within(screen.getByRole('region', { name: 'Results' })).getByRole('status')).toHaveTextContent(/^1 matching Deployment$/);
  });

  it('drops a search still on its way into the URL when another Workspace is chosen', async () => {
    const { router } = await openWorkspace('Data Platform');
    await screen.findByRole('table', { name: 'Deployments' });
    vi.useFakeTimers();
    try {
      fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'sales' } });
      fireEvent.change(screen.getByRole('combobox', { name: 'Workspace' }), { target: { value: SEED_IDS.workspaces.analytics } });
      // The router commits the navigation a few promise steps later (its loaders return at once), and the
      // page renders it; only then does the search's delay run out.
      await act(() => vi.advanceTimersByTimeAsync(0));
      await act(() => vi.advanceTimersByTimeAsync(1000));
    } finally {
      vi.useRealTimers();
    }
    expect(router.state.location.pathname).toContain(SEED_IDS.workspaces.analytics);
    expect(router.state.location.search).toBe('');
    expect(await screen.findByRole('searchbox', { name: 'Search' })).toHaveValue('');
  });
});

describe('the Deployments list by keyboard', () => {
  it('takes one Tab press for a page of 25 rows, not one per link and status', async () => {
    scaleDeployments(demoDb, SEED_IDS.workspaces.sandbox, 30);
    const { user } = await openWorkspace('Sandbox');
    const table = await screen.findByRole('table', { name: 'Deployments' });
    expect(bodyRows()).toHaveLength(25);
    // From the last header button: the stops until focus has left the table.
    act(() => within(table).getByRole('button', { name: 'Runtime' }).focus());
    const stops: Element[] = [];
    for (let i = 0; i < 60 && table.contains(document.activeElement); i++) {
      await user.tab();
      stops.push(document.activeElement!);
    }
    expect(stops.filter((el) => table.contains(el))).toHaveLength(1);
    expect(bodyRows()[0]!.contains(stops[0]!)).toBe(true);
    // And the rows' own controls are still there, for arrow keys and screen readers' table commands.
    expect(within(table).getAllByRole('link')).toHaveLength(25);
  });
});
