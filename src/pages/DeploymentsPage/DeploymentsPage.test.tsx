import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderRoute } from '../../test/render';
import { server } from '../../test/server';
import { failing } from '../../test/errors';

async function openWorkspace(name: string, search = '') {
  const view = renderRoute('/');
  const link = await screen.findByRole('link', { name });
  const href = link.getAttribute('href')!;
  await view.router.navigate(`${href}${search}`);
  return view;
}

const bodyRows = () => within(screen.getByRole('table', { name: 'Deployments' })).getAllByRole('row').slice(1);

describe('DeploymentsPage', () => {
  it('shows each Deployment with its status, Runtime, executor and image tag', async () => {
    await openWorkspace('Data Platform');
    await screen.findByRole('table', { name: 'Deployments' });
    expect(bodyRows().length).toBeGreaterThan(1);
    const first = bodyRows()[0]!;
    expect(within(first).getByText(/Airflow \d/)).toBeInTheDocument();
    expect(within(first).getAllByRole('cell')[5]!.textContent).not.toBe('');
  });

  it('filters by search and keeps it in the URL', async () => {
    const { user, router } = await openWorkspace('Data Platform');
    await screen.findByRole('table', { name: 'Deployments' });
    const all = bodyRows().length;
    const firstName = within(bodyRows()[0]!).getAllByRole('link')[0]!.textContent!;
    await user.type(screen.getByRole('textbox', { name: 'Search' }), firstName);
    await waitFor(() => expect(bodyRows().length).toBeLessThan(all + 1));
    expect(bodyRows().every((row) => row.textContent!.includes(firstName))).toBe(true);
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe(firstName);
  });

  it('applies status filters read from the URL, and says when nothing matches', async () => {
    await openWorkspace('Data Platform', '?status=HEALTHY');
    await screen.findByRole('table', { name: 'Deployments' });
    expect(bodyRows().every((row) => within(row).queryByText('Healthy'))).toBe(true);

    await openWorkspace('Data Platform', '?q=no-such-deployment-anywhere');
    expect(await screen.findByText('No Deployment matches these filters')).toBeInTheDocument();
  });

  it('sorts by a column and writes the sort into the URL', async () => {
    const { user, router } = await openWorkspace('Data Platform');
    await screen.findByRole('table', { name: 'Deployments' });
    await user.click(screen.getByRole('button', { name: 'Name' }));
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('dir')).toBe('desc');
    const names = bodyRows().map((row) => within(row).getAllByRole('link')[0]!.textContent!);
    expect([...names].sort((a, b) => b.localeCompare(a, 'en', { numeric: true }))).toEqual(names);
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
