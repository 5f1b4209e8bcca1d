import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/react';
import { SEED_IDS } from '../mocks/seed';
import { server } from '../test/server';
import { createQueryClient } from './queryClient';
import { prefetchRoute } from './routes';

const pageLoaded = vi.hoisted(() => vi.fn());
vi.mock('../pages/DeploymentsPage/DeploymentsPage', () => {
  pageLoaded();
  return { default: () => null };
});

const ORG = SEED_IDS.organization;
const WS = SEED_IDS.workspaces.dataPlatform;

/** What a prefetch asked the API for, as "METHOD path?query" with the ids named. */
function recordRequests() {
  const seen: string[] = [];
  const record = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    seen.push(`${request.method} ${url.pathname.replace(/.*\/v1/, '')}${url.search}`.replaceAll(ORG, 'ORG').replaceAll(WS, 'WS'));
  };
  server.events.on('request:start', record);
  return seen;
}

afterEach(() => server.events.removeAllListeners());

describe('prefetchRoute', () => {
  it('starts the shell lists, the Deployments list and the page chunk of a Deployments URL before any render', async () => {
    const seen = recordRequests();
    const queryClient = createQueryClient({ retries: 0 });
    prefetchRoute(queryClient, `/organizations/${ORG}/workspaces/${WS}/deployments`);
    await waitFor(() => expect(seen).toHaveLength(3));
    expect(seen).toEqual([
      'GET /organizations?limit=1000',
      'GET /organizations/ORG/workspaces?limit=1000&sorts=name%3Aasc',
      expect.stringMatching(/^GET \/organizations\/ORG\/deployments\?workspaceIds=WS&/),
    ]);
    await waitFor(() => expect(pageLoaded).toHaveBeenCalled());
  });

  it('starts the Deployment, not the list, for a Deployment URL', async () => {
    const seen = recordRequests();
    const deploymentId = SEED_IDS.deployments.salesEtlProd;
    prefetchRoute(createQueryClient({ retries: 0 }), `/organizations/${ORG}/workspaces/${WS}/deployments/${deploymentId}/deploys`);
    await waitFor(() => expect(seen).toHaveLength(3));
    expect(seen).toContain(`GET /organizations/ORG/deployments/${deploymentId}`);
    expect(seen.some((line) => line.includes('workspaceIds'))).toBe(false);
  });

  it('asks only for the Organizations outside an Organization', async () => {
    const seen = recordRequests();
    prefetchRoute(createQueryClient({ retries: 0 }), '/settings');
    await waitFor(() => expect(seen).toHaveLength(1));
    expect(seen).toEqual(['GET /organizations?limit=1000']);
  });
});
