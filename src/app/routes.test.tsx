import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { SEED_IDS } from '../mocks/seed';
import { renderRoute } from '../test/render';

vi.mock('../pages/SettingsPage/SettingsPage', () => ({
  default: () => {
    throw new Error('Settings exploded');
  },
}));

describe('routes', () => {
  it('shows a crashed page in its region, keeps the shell, and clears the error on leaving', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user, router } = renderRoute('/settings');
    expect(await screen.findByText('This part of the console crashed')).toBeInTheDocument();
    expect(screen.getByText('Settings exploded')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the start page' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Workspaces' })).toBeInTheDocument();
    expect(screen.queryByText('This part of the console crashed')).not.toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/\/workspaces$/);
  });

  it('sends an Organization address on to its Workspaces, and a Workspace address on to its Deployments', async () => {
    const org = SEED_IDS.organization;
    const ws = SEED_IDS.workspaces.dataPlatform;
    const view = renderRoute(`/organizations/${org}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Workspaces' })).toBeInTheDocument();
    expect(view.router.state.location.pathname).toBe(`/organizations/${org}/workspaces`);
    view.unmount();

    const { router } = renderRoute(`/organizations/${org}/workspaces/${ws}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Data Platform: Deployments' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/organizations/${org}/workspaces/${ws}/deployments`);
  });
});
