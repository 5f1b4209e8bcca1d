import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { SEED_IDS } from '../mocks/seed';
import { renderRoute } from '../test/render';

const DEPLOYMENTS = `/organizations/${SEED_IDS.organization}/workspaces/${SEED_IDS.workspaces.dataPlatform}/deployments`;

/** A phone-sized screen: narrower than the sidebar's breakpoint. */
function narrowScreen() {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

describe('the narrow-screen navigation', () => {
  beforeEach(narrowScreen);
  afterEach(() => vi.unstubAllGlobals());

  it('is a modal drawer: the button says it is open, focus stays inside, and Escape gives focus back to the button', async () => {
    const { user } = renderRoute(DEPLOYMENTS);
    await screen.findByRole('table', { name: 'Deployments' });
    const button = screen.getByRole('button', { name: 'Toggle navigation' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAttribute('aria-controls', 'nav-drawer');

    await user.click(button);
    const drawer = await screen.findByRole('dialog', { name: 'Navigation' });
    expect(drawer).toHaveAttribute('id', 'nav-drawer');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(drawer).toContainElement(document.activeElement as HTMLElement);
    // Focus sent to the page behind (hidden from assistive technology while the drawer is open) comes back.
    const behind = screen.getByRole('searchbox', { name: 'Search', hidden: true });
    act(() => behind.focus());
    expect(drawer).toContainElement(document.activeElement as HTMLElement);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Navigation' })).not.toBeInTheDocument());
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('closes when a link in it is followed', async () => {
    const { user, router } = renderRoute(DEPLOYMENTS);
    await screen.findByRole('table', { name: 'Deployments' });
    await user.click(screen.getByRole('button', { name: 'Toggle navigation' }));
    const drawer = await screen.findByRole('dialog', { name: 'Navigation' });

    await user.click(within(drawer).getByRole('link', { name: 'Workspaces' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/workspaces$/));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Navigation' })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Toggle navigation' })).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('the wide-screen sidebar', () => {
  it('says whether it is shown, and hides and shows beside the page', async () => {
    const { user } = renderRoute(DEPLOYMENTS);
    await screen.findByRole('table', { name: 'Deployments' });
    const button = screen.getByRole('button', { name: 'Toggle navigation' });
    expect(button).toHaveAttribute('aria-controls', 'sidebar');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('Settings, outside the Organization', () => {
  it('keeps the sidebar and the switchers of where the person was', async () => {
    const { user } = renderRoute(DEPLOYMENTS);
    await screen.findByRole('table', { name: 'Deployments' });
    const sidebar = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(sidebar).getByRole('link', { name: 'Settings' }));
    await screen.findByRole('heading', { level: 1, name: /Settings|Connection/ });
    expect(within(sidebar).getByRole('link', { name: 'Workspaces' })).toBeInTheDocument();
    expect(within(sidebar).getByRole('link', { name: 'Deployments' })).toHaveAttribute('href', DEPLOYMENTS);
    expect(within(sidebar).getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('combobox', { name: 'Organization' })).toHaveDisplayValue('Acme Data');
    expect(screen.getByRole('combobox', { name: 'Workspace' })).toHaveDisplayValue('Data Platform');
  });
});
