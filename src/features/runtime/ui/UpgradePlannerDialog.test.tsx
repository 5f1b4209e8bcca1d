import { describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import { renderRoute } from '../../../test/render';
import { demoDb, server } from '../../../test/server';
import { SEED_IDS } from '../../../mocks/seed';
import { paths } from '../../../shared/routes/paths';

const NOW = new Date('2026-11-24T10:00:00Z');

function deploymentUrl(id: string, search = '') {
  const d = demoDb.state.deployments.find((x) => x.id === id)!;
  return `${paths.deployment(SEED_IDS.organization, d.workspaceId, id)}${search}`;
}

/** Today is a test input: the notice and the planner read the clock once when they open. */
function at(now: Date) {
  vi.useFakeTimers({ now, toFake: ['Date'] });
  return () => vi.useRealTimers();
}

const targetNames = (list: HTMLElement) =>
  within(list)
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

describe('Upgrade planner', () => {
  it('warns on a Runtime past maintenance and opens the planner from the warning, as a link', async () => {
    const restore = at(NOW);
    try {
      const { user, router } = renderRoute(deploymentUrl(SEED_IDS.deployments.dataQuality));
      const notice = await screen.findByRole('region', { name: 'Runtime lifecycle' });
      expect(await within(notice).findByText('Past maintenance')).toBeInTheDocument();
      expect(within(notice).getByRole('alert')).toHaveTextContent('Runtime 10.9.0 is past its end of maintenance');
      await user.click(within(notice).getByRole('link', { name: 'Plan an upgrade' }));
      const dialog = await screen.findByRole('dialog', { name: 'Upgrade data-quality-checks' });
      expect(router.state.location.search).toBe('?upgrade=plan');
      const list = await within(dialog).findByRole('list', { name: 'Upgrade targets' });
      expect(targetNames(list)).toEqual(['Runtime 12.4.0', 'Runtime 11.18.0', 'Runtime 3.1-2', 'Runtime 3.0-7']);
      expect(within(dialog).getByText('10.9.0 is the latest patch of its line the catalogue knows.')).toBeInTheDocument();
      const airflow3 = within(list).getByRole('article', { name: 'Runtime 3.1-2' });
      expect(airflow3).toHaveTextContent('Not yet: An in-place upgrade to Airflow 3 needs Runtime 13.7.0 or later; this Deployment runs 10.9.0.');
      expect(airflow3).toHaveTextContent('Airflow 2.8.4 → 3.1.0');
      expect(within(airflow3).getByText('FROM astrocrpublic.azurecr.io/runtime:3.1-2')).toBeInTheDocument();
      const minor = within(list).getByRole('article', { name: 'Runtime 12.4.0' });
      expect(minor).toHaveTextContent("The Celery executor and the Deployment's settings");
      expect(within(minor).getByText('FROM quay.io/astronomer/astro-runtime:12.4.0')).toBeInTheDocument();
      expect(within(minor).getByText(`astro deploy ${SEED_IDS.deployments.dataQuality}`)).toBeInTheDocument();
      await user.click(within(dialog).getByRole('button', { name: 'Close' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(router.state.location.search).toBe('');
    } finally {
      restore();
    }
  });

  it('refuses a downgrade with a link to the deploy history, and keeps the checked version in the URL', async () => {
    const restore = at(NOW);
    try {
      const { user, router } = renderRoute(deploymentUrl(SEED_IDS.deployments.dataQuality, '?upgrade=plan'));
      const dialog = await screen.findByRole('dialog', { name: 'Upgrade data-quality-checks' });
      await user.selectOptions(await within(dialog).findByRole('combobox', { name: 'Runtime version' }), '9.22.0');
      const result = within(dialog).getByRole('status', { name: 'Version check' });
      expect(result).toHaveTextContent('Refused: Runtime 9.22.0 is older than 10.9.0');
      const back = within(result).getByRole('link', { name: 'Roll back from the deploy history' });
      expect(back).toHaveAttribute(
        'href',
        paths.deployment(SEED_IDS.organization, SEED_IDS.workspaces.dataPlatform, SEED_IDS.deployments.dataQuality, 'deploys'),
      );
      expect(router.state.location.search).toBe('?upgrade=plan&check=9.22.0');
      await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Runtime version' }), '3.1-1');
      expect(result).toHaveTextContent('Refused: Runtime 3.1-1 is not available as an upgrade target');
    } finally {
      restore();
    }
  });

  it('warns on a yanked Runtime', async () => {
    renderRoute(deploymentUrl(SEED_IDS.deployments.clickstreamHybrid));
    const notice = await screen.findByRole('region', { name: 'Runtime lifecycle' });
    expect(await within(notice).findByRole('alert')).toHaveTextContent('Runtime 11.0.0 was yanked');
  });

  it('does not warn on a maintained Runtime, and still offers the planner', async () => {
    const restore = at(NOW);
    try {
      const id = demoDb.state.deployments.find((d) => d.runtimeVersion === '3.1-2' || d.astroRuntimeVersion === '3.1-2')!.id;
      renderRoute(deploymentUrl(id));
      const notice = await screen.findByRole('region', { name: 'Runtime lifecycle' });
      expect(await within(notice).findByText('Maintained')).toBeInTheDocument();
      expect(within(notice).queryByRole('alert')).not.toBeInTheDocument();
      expect(within(notice).getByRole('link', { name: 'Plan an upgrade' })).toBeInTheDocument();
    } finally {
      restore();
    }
  });

  it('shows the error, with a retry, when the releases cannot be loaded', async () => {
    server.use(http.get('*/v1/organizations/:organizationId/deployment-options', () => HttpResponse.json({ message: 'boom' }, { status: 500 })));
    renderRoute(deploymentUrl(SEED_IDS.deployments.dataQuality, '?upgrade=plan'));
    const dialog = await screen.findByRole('dialog', { name: 'Upgrade data-quality-checks' });
    expect(await within(dialog).findByRole('button', { name: /Retry/ }, { timeout: 5000 })).toBeInTheDocument();
  });
});
