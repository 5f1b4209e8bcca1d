import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from '../../shared/ui/useGuardedMutation';
import { FAST_POLL_MS, SLOW_POLL_MS } from '../../shared/lib/polling';
import { fetchAllPages } from '../../shared/api/allPages';
import { api, data } from '../../shared/api/client';
import type { components } from '../../shared/api/schema.gen';
import type { Deploy } from '../../shared/api/types';
import { keys } from '../../shared/api/keys';

export type SimulateDeployRequest = components['schemas']['DemoSimulateDeployRequest'];

const path = (orgId: string, deploymentId: string) => ({ path: { organizationId: orgId, deploymentId } });

/** Look again soon while a deploy is still being applied. */
const deployPoll = (deploys: Deploy[] | undefined, deploymentStatus?: string) =>
  deploymentStatus === 'DEPLOYING' || deploys?.some((d) => d.status === 'INITIALIZED') ? FAST_POLL_MS : SLOW_POLL_MS;

/** The newest deploys of a Deployment, for what is being applied on the overview and the status badge. */
export function useRecentDeploys(orgId: string, deploymentId: string, deploymentStatus?: string) {
  return useQuery({
    queryKey: [...keys.deploys(orgId, deploymentId), 'recent'],
    queryFn: ({ signal }) =>
      data(
        api.GET('/organizations/{organizationId}/deployments/{deploymentId}/deploys', {
          params: { ...path(orgId, deploymentId), query: { limit: 5 } },
          signal,
        }),
      ),
    select: (page) => page.deploys,
    refetchInterval: (query) => deployPoll(query.state.data?.deploys, deploymentStatus),
  });
}

/**
 * The whole deploy history, newest first, following the API's pages. Astro keeps 90 days of deploys, so
 * this is usually one request; the table filters, compares and pages it in the browser.
 */
export function useDeployHistory(orgId: string, deploymentId: string, deploymentStatus?: string) {
  return useQuery({
    queryKey: [...keys.deploys(orgId, deploymentId), 'all'],
    queryFn: async ({ signal }) => {
      const all = await fetchAllPages(
        (offset, limit) =>
          data(
            api.GET('/organizations/{organizationId}/deployments/{deploymentId}/deploys', {
              params: { ...path(orgId, deploymentId), query: { offset, limit } },
              signal,
            }),
          ),
        (page) => page.deploys,
      );
      return all.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
    },
    refetchInterval: (query) => deployPoll(query.state.data, deploymentStatus),
  });
}

/** A deploy changes the Deployment too (image, bundle, status), so both are fetched again. */
function useRefreshAfterDeploy(orgId: string, deploymentId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.deploys(orgId, deploymentId) }),
      queryClient.invalidateQueries({ queryKey: keys.deployment(orgId, deploymentId), exact: true }),
      queryClient.invalidateQueries({ queryKey: [...keys.deployments(orgId), 'list'] }),
    ]);
}

export function useRollbackDeploy(orgId: string, deploymentId: string) {
  const refresh = useRefreshAfterDeploy(orgId, deploymentId);
  return useGuardedMutation({
    mutationFn: ({ deployId, description }: { deployId: string; description: string }) =>
      data(
        api.POST('/organizations/{organizationId}/deployments/{deploymentId}/deploys/{deployId}/rollback', {
          params: { path: { organizationId: orgId, deploymentId, deployId } },
          body: { description },
        }),
      ),
    onSuccess: refresh,
  });
}

/** Demo backend only (console extension): plays a whole CLI deploy against this Deployment. */
export function useSimulateDeploy(orgId: string, deploymentId: string) {
  const refresh = useRefreshAfterDeploy(orgId, deploymentId);
  return useGuardedMutation({
    mutationFn: (body: SimulateDeployRequest) =>
      data(api.POST('/x-demo/deployments/{deploymentId}/simulate-deploy', { params: { path: { deploymentId } }, body })),
    onSuccess: refresh,
  });
}
