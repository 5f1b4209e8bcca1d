import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SEED_IDS } from '../mocks/seed';
import { recordRequests, server } from '../test/server';
import { renderRoute } from '../test/render';
import { INTENT_DELAY_MS } from '../shared/routes/prefetchOnIntent';

// Stand-ins for two pages, to see when their code is asked for.
const loaded = vi.hoisted(() => ({ deploymentPage: vi.fn(), settingsPage: vi.fn() }));
vi.mock('../pages/DeploymentPage/DeploymentPage', () => {
  loaded.deploymentPage();
  return { default: () => <h1>Deployment page</h1> };
});
vi.mock('../pages/SettingsPage/SettingsPage', () => {
  loaded.settingsPage();
  return { default: () => <h1>Settings page</h1> };
});

const ORG = SEED_IDS.organization;
const WS = SEED_IDS.workspaces.dataPlatform;
const DEPLOYMENTS = `/organizations/${ORG}/workspaces/${WS}/deployments`;

afterEach(() => {
  server.events.removeAllListeners();
  vi.useRealTimers();
});

describe('a link a person rests on or focuses', () => {
  /** Pointer on `link`, and the intent delay run out (the only timers faked are the delay's). */
  async function restOn(link: HTMLElement) {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fireEvent.pointerOver(link);
    await act(() => vi.advanceTimersByTimeAsync(INTENT_DELAY_MS));
    vi.useRealTimers();
  }

  it("starts a Deployment row's page code and its Deployment before the click", async () => {
    const { router } = renderRoute(DEPLOYMENTS);
    const table = await screen.findByRole('table', { name: 'Deployments' });
    const link = within(table).getByRole('link', { name: 'sales-etl-prod' });
    const seen = recordRequests();

    await restOn(link);
    await waitFor(() => expect(seen).toContain(`GET /organizations/ORG/deployments/${SEED_IDS.deployments.salesEtlProd}`));
    await waitFor(() => expect(loaded.deploymentPage).toHaveBeenCalled());
    expect(router.state.location.pathname).toBe(DEPLOYMENTS);
  });

  it('starts nothing when the pointer only passes over', async () => {
    renderRoute(DEPLOYMENTS);
    const table = await screen.findByRole('table', { name: 'Deployments' });
    const link = within(table).getByRole('link', { name: 'sales-etl-prod' });
    const seen = recordRequests();

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fireEvent.pointerOver(link);
    await act(() => vi.advanceTimersByTimeAsync(INTENT_DELAY_MS / 2));
    fireEvent.pointerOut(link, { relatedTarget: table });
    await act(() => vi.advanceTimersByTimeAsync(INTENT_DELAY_MS * 10));
    expect(seen).toEqual([]);
  });

  it("starts a breadcrumb's page data (the Organization's Workspaces and their Deployment counts)", async () => {
    renderRoute(DEPLOYMENTS);
    await screen.findByRole('table', { name: 'Deployments' });
    const crumb = within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByRole('link');
    const seen = recordRequests();

    await restOn(crumb);
    await waitFor(() => expect(seen).toContainEqual(expect.stringMatching(/^GET \/organizations\/ORG\/deployments\?offset=/)));
  });

  it("starts a sidebar link's page code when it gets keyboard focus", async () => {
    renderRoute(DEPLOYMENTS);
    await screen.findByRole('table', { name: 'Deployments' });
    const settings = within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Settings' });
    expect(loaded.settingsPage).not.toHaveBeenCalled();

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    act(() => settings.focus());
    await act(() => vi.advanceTimersByTimeAsync(INTENT_DELAY_MS));
    vi.useRealTimers();
    await waitFor(() => expect(loaded.settingsPage).toHaveBeenCalled());
  });
});
