import { useQuery } from '@tanstack/react-query';
import { pollInterval } from '../../domain/polling';
import { api, data } from '../client';
import type { Deployment } from '../types';
import { keys } from './keys';

const PAGE = 1000;

/** Every Deployment of the Organization (or of one Workspace), following the API's pages. */
async function listAllDeployments(orgId: string, workspaceId: string | undefined, signal: AbortSignal) {
  const all: Deployment[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await data(
      api.GET('/organizations/{organizationId}/deployments', {
        params: {
          path: { organizationId: orgId },
          query: { workspaceIds: workspaceId ? [workspaceId] : undefined, offset, limit: PAGE, sorts: ['name:asc'] },
        },
        signal,
      }),
    );
    all.push(...page.deployments);
    if (page.deployments.length === 0 || all.length >= page.totalCount) return all;
  }
}

/** Polls fast while any Deployment is CREATING or DEPLOYING; TanStack Query pauses it while the tab is hidden. */
export function useDeployments(orgId: string, workspaceId?: string) {
  return useQuery({
    queryKey: keys.deploymentList(orgId, workspaceId),
    enabled: Boolean(orgId),
    queryFn: ({ signal }) => listAllDeployments(orgId, workspaceId, signal),
    refetchInterval: (query) => pollInterval((query.state.data ?? []).map((d) => d.status)),
  });
}

export function useDeployment(orgId: string, deploymentId: string) {
  return useQuery({
    queryKey: keys.deployment(orgId, deploymentId),
    enabled: Boolean(orgId && deploymentId),
    queryFn: ({ signal }) =>
      data(
        api.GET('/organizations/{organizationId}/deployments/{deploymentId}', {
          params: { path: { organizationId: orgId, deploymentId } },
          signal,
        }),
      ),
    refetchInterval: (query) => pollInterval(query.state.data ? [query.state.data.status] : []),
  });
}
