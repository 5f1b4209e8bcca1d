import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { renderRoute } from '../../test/render';
import { server } from '../../test/server';
import { failing } from '../../test/errors';
import { SEED_IDS } from '../../mocks/seed';

const CREATE = `/organizations/${SEED_IDS.organization}/workspaces/${SEED_IDS.workspaces.sandbox}/deployments/new`;

describe('CreateDeploymentPage', () => {
  it('builds its choices from deployment-options and creates a Deployment', async () => {
    const { user, router } = renderRoute(CREATE);
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'orders');
    expect(screen.getByRole('combobox', { name: 'Astro Runtime' })).toHaveTextContent('3.1-2 · Airflow 3.1.0 (latest)');
    await user.click(screen.getByRole('button', { name: 'Create Deployment' }));
    await screen.findByRole('heading', { level: 1, name: 'orders' });
    expect(router.state.location.pathname).toMatch(/\/deployments\/[a-z0-9]{25}\/overview$/);
  });

  it('puts the server’s field errors under their inputs', async () => {
    server.use(
      http.post('*/v1/organizations/:organizationId/deployments', () =>
        HttpResponse.json(
          {
            statusCode: 400,
            message: 'Invalid request',
            requestId: 'req-1',
            fieldErrors: [{ field: 'name', code: 'unique', message: 'A Deployment named orders exists in this Workspace.' }],
          },
          { status: 400 },
        ),
      ),
    );
    const { user } = renderRoute(CREATE);
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'orders');
    await user.click(screen.getByRole('button', { name: 'Create Deployment' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(await screen.findByText('A Deployment named orders exists in this Workspace.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveValue('orders');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('puts the rules’ errors in a list at the item’s input, before anything is sent', async () => {
    const { user } = renderRoute(CREATE);
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'orders');
    await user.click(screen.getByRole('button', { name: /Advanced settings/ }));
    await user.click(screen.getByRole('button', { name: 'Add queue' }));
    const second = screen.getByRole('textbox', { name: 'Queue 2 name' });
    await user.clear(second);
    await user.type(second, 'default');
    await user.click(screen.getByRole('button', { name: 'Create Deployment' }));
    expect(await screen.findByText('Queue name "default" is already used by queue 1.')).toBeInTheDocument();
    expect(second).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Queue 1 name' })).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('offers a retry when the options cannot be loaded', async () => {
    server.use(failing('get', '/organizations/:organizationId/deployment-options', 500, 'Boom'));
    renderRoute(CREATE);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load what a new Deployment needs');
    expect(alert).toHaveTextContent('Boom');
  });
});

describe('CreateDeploymentPage: the Runtime', () => {
  it('offers only Runtimes still maintained (or undated), the latest patch preselected, with its lifecycle', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T10:00:00Z'), toFake: ['Date'] });
    onTestFinished(() => void vi.useRealTimers());
    const { user } = renderRoute(CREATE);
    const select = await screen.findByRole('combobox', { name: 'Astro Runtime' });
    expect(select).toHaveTextContent('3.1-2 · Airflow 3.1.0 (latest)');
    const note = document.getElementById(
      `${select
        .getAttribute('aria-describedby')!
        .split(' ')
        .find((id) => id.endsWith('helper-text'))}`,
    )!;
    expect(note).toHaveTextContent('Maintained');
    expect(note).toHaveTextContent('Maintenance ends in 707 days');
    await user.click(select);
    const offered = within(await screen.findByRole('listbox'))
      .getAllByRole('option')
      .map((o) => o.textContent?.split(' ')[0]);
    expect(offered).toContain('3.1-2');
    expect(offered).toContain('12.4.0');
    // Past their end of maintenance on this clock: 11.18.0, 10.9.0 and the deprecated 9.22.0.
    expect(offered).not.toContain('11.18.0');
    expect(offered).not.toContain('10.9.0');
    expect(offered).not.toContain('9.22.0');
  });
});
