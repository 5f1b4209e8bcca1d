import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { SEED_IDS } from '../mocks/seed';
import { recordRequests, server } from '../test/server';
import { createApp } from './App';

const deploymentsPageLoaded = vi.hoisted(() => vi.fn());
vi.mock('../pages/DeploymentsPage/DeploymentsPage', () => {
  deploymentsPageLoaded();
  return { default: () => null };
});

const ORG = SEED_IDS.organization;
const WS = SEED_IDS.workspaces.dataPlatform;
const DEPLOYMENTS = `/organizations/${ORG}/workspaces/${WS}/deployments`;

/** The app's router at `path`, created and never rendered: what it starts, it starts before any render. */
const startAt = (path: string) => createApp((routes) => createMemoryRouter(routes, { initialEntries: [path] }), { retries: 0 });

afterEach(() => server.events.removeAllListeners());

describe('a first visit', () => {
  it('starts the shell lists, the Deployments list and the page code of a Deployments URL before any render', async () => {
    const seen = recordRequests();
    startAt(DEPLOYMENTS);
    await waitFor(() => expect(seen).toHaveLength(3));
    expect(seen).toEqual([
      'GET /organizations?limit=1000',
      'GET /organizations/ORG/workspaces?limit=1000&sorts=name%3Aasc',
      expect.stringMatching(/^GET \/organizations\/ORG\/deployments\?workspaceIds=WS&/),
    ]);
    await waitFor(() => expect(deploymentsPageLoaded).toHaveBeenCalled());
  });

  it('starts the Deployment, not the list, for a Deployment URL', async () => {
    const seen = recordRequests();
    const deploymentId = SEED_IDS.deployments.salesEtlProd;
    startAt(`${DEPLOYMENTS}/${deploymentId}/deploys`);
    await waitFor(() => expect(seen).toHaveLength(3));
    expect(seen).toContain(`GET /organizations/ORG/deployments/${deploymentId}`);
    expect(seen.some((line) => line.includes('workspaceIds'))).toBe(false);
  });

  it('asks only for the Organizations outside an Organization', async () => {
    const seen = recordRequests();
    const { router } = startAt('/settings');
    await waitFor(() => expect(router.state.initialized).toBe(true));
    expect(seen).toEqual(['GET /organizations?limit=1000']);
  });
});
