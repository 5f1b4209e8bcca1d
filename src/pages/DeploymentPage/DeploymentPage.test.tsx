import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { renderRoute } from '../../test/render';
import { SEED_IDS } from '../../mocks/seed';
import { demoDb, server } from '../../test/server';
import { failing } from '../../test/errors';
import { deploymentPollInterval } from '../../features/deployments/api';

async function openDeployment(workspace: string, deployment: string) {
  const view = renderRoute('/');
  await view.user.click(await screen.findByRole('link', { name: workspace }));
  await view.user.click(await screen.findByRole('link', { name: deployment }));
  await screen.findByRole('heading', { level: 1, name: deployment });
  return view;
}

describe('DeploymentPage', () => {
  it('shows what runs now, and what is being applied during a deploy', async () => {
    await openDeployment('Data Platform', 'sales-etl-staging');
    const now = screen.getByRole('region', { name: 'What runs now' });
    // The deploy history loads beside the Deployment, so the deploy in progress may come a moment later.
    expect(await within(now).findByText(/DAG-only started .* by API token/)).toBeInTheDocument();
    expect(within(now).getByText(/images\.astronomer\.cloud\/.*:deploy-/)).toBeInTheDocument();
    expect(within(now).getByText('applying')).toBeInTheDocument();
    expect(within(now).getByText(/Airflow 2\.10\.5/)).toBeInTheDocument();
    const badge = screen.getByText('Deploying').closest('[aria-describedby]')!;
    expect(document.getElementById(badge.getAttribute('aria-describedby')!)).toHaveTextContent(/^DAG-only deploy; bundle .* → /);
  });

  it('makes every ID copyable and links to Airflow', async () => {
    await openDeployment('Data Platform', 'sales-etl-prod');
    const ids = screen.getByRole('region', { name: 'IDs and URLs' });
    for (const label of ['Copy Deployment ID', 'Copy Workspace ID', 'Copy Namespace', 'Copy Airflow UI']) {
      expect(within(ids).getByRole('button', { name: label })).toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: /Open Airflow/ })).toHaveAttribute('href', expect.stringMatching(/^https:\/\//));
    expect(within(screen.getByRole('region', { name: 'Worker queues' })).getByText('default', { selector: 'code' })).toBeInTheDocument();
  });

  it('says so when the Deployment does not exist, under a heading of its own', async () => {
    renderRoute('/organizations/clpykwngztk6dnka9y7680b05/workspaces/x/deployments/nope/overview');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not found');
    expect(screen.getByRole('heading', { level: 1, name: 'Deployment not found' })).toBeInTheDocument();
  });

  it("opens a Deployment linked under another Workspace's id in its own Workspace", async () => {
    const { router } = renderRoute(
      `/organizations/${SEED_IDS.organization}/workspaces/${SEED_IDS.workspaces.sandbox}/deployments/${SEED_IDS.deployments.salesEtlProd}/details?x=1`,
    );
    await screen.findByRole('heading', { level: 1, name: 'sales-etl-prod' });
    expect(router.state.location.pathname).toBe(
      `/organizations/${SEED_IDS.organization}/workspaces/${SEED_IDS.workspaces.dataPlatform}/deployments/${SEED_IDS.deployments.salesEtlProd}/details`,
    );
    expect(router.state.location.search).toBe('?x=1');
    expect(await screen.findByRole('combobox', { name: 'Workspace' })).toHaveDisplayValue('Data Platform');
  });

  it('names each section in the document title', async () => {
    const { user } = await openDeployment('Data Platform', 'sales-etl-prod');
    await waitFor(() => expect(document.title).toBe('Overview · sales-etl-prod · Flightdeck'));
    await user.click(screen.getByRole('tab', { name: 'Details' }));
    await waitFor(() => expect(document.title).toBe('Details · sales-etl-prod · Flightdeck'));
  });

  it('keeps the page when a background refresh fails', async () => {
    const { queryClient } = await openDeployment('Data Platform', 'sales-etl-prod');
    server.use(failing('get', '/organizations/:organizationId/deployments/:deploymentId', 500, 'Boom'));
    const isDeployment = (q: { queryKey: readonly unknown[] }) => q.queryKey.length === 4 && q.queryKey[2] === 'deployments' && Boolean(q.queryKey[3]);
    await act(() => queryClient.refetchQueries({ predicate: isDeployment }));
    expect(queryClient.getQueryCache().findAll({ predicate: isDeployment })[0]?.state.status).toBe('error');
    expect(screen.getByRole('heading', { level: 1, name: 'sales-etl-prod' })).toBeInTheDocument();
    expect(screen.queryByText('Could not load the Deployment')).not.toBeInTheDocument();
  });

  it('a settings save keeps environment variables someone added after the page loaded', async () => {
    const { user } = renderRoute(`/organizations/${SEED_IDS.organization}/workspaces/x/deployments/${SEED_IDS.deployments.salesEtlProd}/details`);
    const description = await screen.findByRole('textbox', { name: 'Description' });
    await user.clear(description);
    await user.type(description, 'Nightly sales ETL');
    const stored = demoDb.findDeployment(SEED_IDS.organization, SEED_IDS.deployments.salesEtlProd)!;
    stored.environmentVariables.push({ key: 'ADDED_MEANWHILE', isSecret: false, value: '1', updatedAt: new Date().toISOString() });
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    const review = await screen.findByRole('dialog', { name: /Review changes/ });
    await user.click(within(review).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Review changes/ })).not.toBeInTheDocument());
    const saved = demoDb.findDeployment(SEED_IDS.organization, SEED_IDS.deployments.salesEtlProd)!;
    expect(saved.description).toBe('Nightly sales ETL');
    expect(saved.environmentVariables.map((e) => e.key)).toContain('ADDED_MEANWHILE');
  });

  it('a settings save keeps a setting someone else changed after the form opened, and says so', async () => {
    const { user } = renderRoute(`/organizations/${SEED_IDS.organization}/workspaces/x/deployments/${SEED_IDS.deployments.salesEtlProd}/details`);
    const description = await screen.findByRole('textbox', { name: 'Description' });
    await user.clear(description);
    await user.type(description, 'Nightly sales ETL');
    // Another tab saves new contact emails meanwhile.
    demoDb.findDeployment(SEED_IDS.organization, SEED_IDS.deployments.salesEtlProd)!.contactEmails = ['someone-else@acme-data.example'];
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    const review = await screen.findByRole('dialog', { name: /Review changes/ });
    await user.click(within(review).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText(/Kept what someone else changed meanwhile: Contact emails/)).toBeInTheDocument();
    const saved = demoDb.findDeployment(SEED_IDS.organization, SEED_IDS.deployments.salesEtlProd)!;
    expect(saved.description).toBe('Nightly sales ETL');
    expect(saved.contactEmails).toEqual(['someone-else@acme-data.example']);
    expect(screen.getByRole('textbox', { name: 'Contact emails' })).toHaveValue('someone-else@acme-data.example');
  });

  it('stops a settings save that would overwrite the same setting changed elsewhere, and lets the person choose', async () => {
    const { user } = renderRoute(`/organizations/${SEED_IDS.organization}/workspaces/x/deployments/${SEED_IDS.deployments.salesEtlProd}/details`);
    const description = await screen.findByRole('textbox', { name: 'Description' });
    await user.clear(description);
    await user.type(description, 'Mine');
    const stored = () => demoDb.findDeployment(SEED_IDS.organization, SEED_IDS.deployments.salesEtlProd)!;
    stored().description = 'Theirs';
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    const review = await screen.findByRole('dialog', { name: /Review changes/ });
    await user.click(within(review).getByRole('button', { name: 'Save changes' }));
    const notice = await within(review).findByRole('alert');
    expect(notice).toHaveTextContent('Someone else changed this setting since you opened the form');
    expect(notice).toHaveTextContent('Description: now “Theirs”; yours “Mine”');
    expect(stored().description).toBe('Theirs');
    expect(within(review).queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();

    await user.click(within(notice).getByRole('button', { name: 'Save mine over theirs' }));
    await waitFor(() => expect(stored().description).toBe('Mine'));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Review changes/ })).not.toBeInTheDocument());
  });

  it("puts the other person's value in the form when asked, keeping every other edit", async () => {
    const { user } = renderRoute(`/organizations/${SEED_IDS.organization}/workspaces/x/deployments/${SEED_IDS.deployments.salesEtlProd}/details`);
    const description = await screen.findByRole('textbox', { name: 'Description' });
    await user.clear(description);
    await user.type(description, 'Mine');
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'sales-etl-prod-renamed');
    demoDb.findDeployment(SEED_IDS.organization, SEED_IDS.deployments.salesEtlProd)!.description = 'Theirs';
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    const review = await screen.findByRole('dialog', { name: /Review changes/ });
    await user.click(within(review).getByRole('button', { name: 'Save changes' }));
    await user.click(within(await within(review).findByRole('alert')).getByRole('button', { name: 'Use theirs and review again' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Review changes/ })).not.toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveValue('Theirs');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('sales-etl-prod-renamed');
  });

  it('says a Deployment deleted elsewhere was deleted, stops polling it, and keeps the typed edits', async () => {
    const { user, queryClient } = renderRoute(`/organizations/${SEED_IDS.organization}/workspaces/x/deployments/${SEED_IDS.deployments.salesEtlProd}/details`);
    const description = await screen.findByRole('textbox', { name: 'Description' });
    await user.clear(description);
    await user.type(description, 'Typed before it went');
    demoDb.state.deployments = demoDb.state.deployments.filter((d) => d.id !== SEED_IDS.deployments.salesEtlProd);
    const isDeployment = (q: { queryKey: readonly unknown[] }) =>
      q.queryKey.length === 4 && q.queryKey[2] === 'deployments' && q.queryKey[3] === SEED_IDS.deployments.salesEtlProd;
    await act(() => queryClient.refetchQueries({ predicate: isDeployment }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('sales-etl-prod was deleted');
    expect(alert).toHaveTextContent('What you typed is still here to copy');
    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveValue('Typed before it went');
    const query = queryClient.getQueryCache().findAll({ predicate: isDeployment })[0]!;
    expect(deploymentPollInterval(query.state as Parameters<typeof deploymentPollInterval>[0])).toBe(false);
  });

  it("names a Hybrid queue's node pool as its cluster does, not by id", async () => {
    renderRoute(
      `/organizations/${SEED_IDS.organization}/workspaces/${SEED_IDS.workspaces.analytics}/deployments/${SEED_IDS.deployments.clickstreamHybrid}/overview`,
    );
    const queues = await screen.findByRole('table', { name: 'Worker queues' });
    expect(await within(queues).findByText(/^default \(Standard_D4d_v5\)/)).toBeInTheDocument();
  });

  it('says a new Deployment runs no image yet, with nothing to copy', async () => {
    demoDb.findDeployment(SEED_IDS.organization, SEED_IDS.deployments.salesEtlProd)!.imageTag = '';
    renderRoute(
      `/organizations/${SEED_IDS.organization}/workspaces/${SEED_IDS.workspaces.dataPlatform}/deployments/${SEED_IDS.deployments.salesEtlProd}/overview`,
    );
    const now = await screen.findByRole('region', { name: 'What runs now' });
    expect(within(now).getByText('None deployed yet: the first image deploy sets it')).toBeInTheDocument();
    expect(within(now).queryByRole('button', { name: 'Copy Docker image' })).not.toBeInTheDocument();
  });

  it('shows a refused save about a field the form does not show, with its request id, and keeps the edits', async () => {
    const { user } = renderRoute(
      `/organizations/${SEED_IDS.organization}/workspaces/${SEED_IDS.workspaces.dataPlatform}/deployments/${SEED_IDS.deployments.salesEtlProd}/details`,
    );
    const description = await screen.findByRole('textbox', { name: 'Description' });
    await user.clear(description);
    await user.type(description, 'Kept after the refusal');
    const fieldErrors = [{ field: 'workerQueues[7].name', code: 'notfound', message: 'Worker queue 7 no longer exists.' }];
    server.use(
      http.post('*/v1/organizations/:organizationId/deployments/:deploymentId', () =>
        HttpResponse.json({ statusCode: 400, message: 'Invalid request', requestId: 'req-hidden-field', fieldErrors }, { status: 400 }),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    const review = await screen.findByRole('dialog', { name: /Review changes/ });
    await user.click(within(review).getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Invalid request');
    expect(alert).toHaveTextContent('req-hidden-field');
    expect(alert).toHaveTextContent('Worker queue 7 no longer exists.');
    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveValue('Kept after the refusal');
  });

  it('offers a retry when loading fails', async () => {
    server.use(failing('get', '/organizations/:organizationId/deployments/:deploymentId', 500, 'Boom'));
    renderRoute('/organizations/clpykwngztk6dnka9y7680b05/workspaces/x/deployments/any/overview');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the Deployment');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
  });

  it('keeps a hibernation override from ending in the past, by the same rule as the server', async () => {
    const posted: string[] = [];
    const record = ({ request }: { request: Request }) => {
      if (request.method === 'POST' && request.url.endsWith('/hibernation-override')) posted.push(request.url);
    };
    server.events.on('request:start', record);
    onTestFinished(() => void server.events.removeListener('request:start', record));
    const { user } = renderRoute(`/organizations/${SEED_IDS.organization}/workspaces/x/deployments/${SEED_IDS.deployments.analyticsDev}/overview`);
    await screen.findByRole('heading', { level: 1, name: 'analytics-sandbox-dev' });
    await user.click(screen.getByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Wake up…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Wake up analytics-sandbox-dev' });
    await user.click(within(dialog).getByRole('radio', { name: 'Until a date and time' }));
    const until = within(dialog).getByLabelText('Hibernate at (your time)');
    fireEvent.change(until, { target: { value: '2020-01-01T10:00' } });
    await user.click(within(dialog).getByRole('button', { name: 'Wake up' }));
    expect(until).toHaveAccessibleDescription('The override must end in the future.');
    expect(until).toBeInvalid();
    expect(posted).toEqual([]);
    expect(demoDb.findDeployment(SEED_IDS.organization, SEED_IDS.deployments.analyticsDev)!.scalingSpec?.hibernationSpec?.override?.isHibernating).toBe(true);
  });

  it('has one tab stop for its sections, arrow keys between them, and a URL per section', async () => {
    const { user, router } = await openDeployment('Data Platform', 'sales-etl-prod');
    const overview = screen.getByRole('tab', { name: 'Overview', selected: true });
    expect(screen.getByRole('tabpanel', { name: 'Overview' })).toBeInTheDocument();
    expect(screen.getAllByRole('tab').filter((tab) => tab.tabIndex === 0)).toEqual([overview]);
    overview.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Details' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getAllByRole('tab').at(-1)).toHaveFocus();
    await user.keyboard('{Home}{ArrowRight}{ArrowRight}{Enter}');
    // The page stays mounted across sections, so focus stays on the tab just followed.
    expect(await screen.findByRole('tab', { name: 'Environment', selected: true })).toHaveFocus();
    expect(router.state.location.pathname).toMatch(/\/environment$/);
  });
});

describe('DeploymentPage: the Runtime on Details', () => {
  const detailsOf = (id: string) => `/organizations/${SEED_IDS.organization}/workspaces/x/deployments/${id}/details`;
  // The tab reads the clock once when it opens: the test sets it.
  const onTheClock = () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T10:00:00Z'), toFake: ['Date'] });
    onTestFinished(() => void vi.useRealTimers());
  };
  const runtimeField = async () => {
    const select = await screen.findByRole('combobox', { name: 'Astro Runtime' });
    return {
      select,
      note: document.getElementById(
        select
          .getAttribute('aria-describedby')!
          .split(' ')
          .find((id) => id.endsWith('helper-text'))!,
      )!,
    };
  };

  it('shows a yanked Runtime as yanked, with the reason, though deployment-options no longer lists it', async () => {
    onTheClock();
    renderRoute(detailsOf(SEED_IDS.deployments.clickstreamHybrid));
    const { select, note } = await runtimeField();
    expect(select).toHaveTextContent('11.0.0 · not offered');
    expect(note).toHaveTextContent('Yanked');
    expect(note).toHaveTextContent('Yanked: no reason published. Deploy an image on a supported Runtime. No longer offered.');
  });

  it('shows a Runtime past maintenance as such, with the date', async () => {
    onTheClock();
    renderRoute(detailsOf(SEED_IDS.deployments.ingestStripe));
    const { note } = await runtimeField();
    expect(note).toHaveTextContent('Past maintenance');
    expect(note).toHaveTextContent('Maintenance ended on Oct 31, 2025 (389 days ago).');
  });

  it('shows a deprecated Runtime as deprecated', async () => {
    onTheClock();
    renderRoute(detailsOf(SEED_IDS.deployments.legacyReporting));
    const { note } = await runtimeField();
    expect(note).toHaveTextContent('Deprecated');
    expect(note).toHaveTextContent('The API marks this release deprecated.');
  });

  it('says how long a current Runtime stays maintained, and that the date is derived', async () => {
    onTheClock();
    renderRoute(detailsOf(SEED_IDS.deployments.dbtTransform));
    const { note } = await runtimeField();
    expect(note).toHaveTextContent('Maintained');
    expect(note).toHaveTextContent('Maintenance ends in 707 days (derived from the release date).');
  });
});
