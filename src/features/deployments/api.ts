import { useMemo } from 'react';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from '../../shared/ui/useGuardedMutation';
import { FAST_POLL_MS, SLOW_POLL_MS, isMoving, pollInterval } from '../../shared/lib/polling';
import { fetchAllPages } from '../../shared/api/allPages';
import { api, data } from '../../shared/api/client';
import type { components } from '../../shared/api/schema.gen';
import type { Deployment } from '../../shared/api/types';
import { keys } from '../../shared/api/keys';
import { isApiError } from '../../shared/api/errors';
import { distinctLabels } from '../../shared/lib/sameNames';

/** Every Deployment of the Organization (or of one Workspace), following the API's pages. */
function listAllDeployments(orgId: string, workspaceId: string | undefined, signal: AbortSignal) {
  return fetchAllPages(
    (offset, limit) =>
      data(
        api.GET('/organizations/{organizationId}/deployments', {
          params: {
            path: { organizationId: orgId },
            query: { workspaceIds: workspaceId ? [workspaceId] : undefined, offset, limit, sorts: ['name:asc'] },
          },
          signal,
        }),
      ),
    (page) => page.deployments,
  );
}

/** The list query, shared by the hook and the route's prefetch (which starts it while the page's code loads). */
export function deploymentListQuery(orgId: string, workspaceId?: string) {
  return queryOptions({
    queryKey: keys.deploymentList(orgId, workspaceId),
    queryFn: ({ signal }) => listAllDeployments(orgId, workspaceId, signal),
  });
}

/**
 * The list refreshes slowly; only the Deployments that are CREATING or DEPLOYING are polled fast, by id, and
 * merged into it, so a list of thousands is not downloaded every few seconds. Once nothing moves, only the
 * slow refresh remains, and TanStack Query pauses both while the tab is hidden.
 */
export function useDeployments(orgId: string, workspaceId?: string) {
  const queryClient = useQueryClient();
  const list = useQuery({ ...deploymentListQuery(orgId, workspaceId), enabled: Boolean(orgId), refetchInterval: SLOW_POLL_MS });
  const moving = useMemo(() => (list.data ?? []).filter((d) => isMoving(d.status)).map((d) => d.id), [list.data]);
  useQuery({
    queryKey: [...keys.deploymentList(orgId, workspaceId), 'moving', moving],
    enabled: moving.length > 0,
    queryFn: async ({ signal }) => {
      const page = await data(
        api.GET('/organizations/{organizationId}/deployments', {
          params: { path: { organizationId: orgId }, query: { deploymentIds: moving, limit: moving.length } },
          signal,
        }),
      );
      const fresh = new Map(page.deployments.map((d) => [d.id, d]));
      queryClient.setQueryData<Deployment[]>(keys.deploymentList(orgId, workspaceId), (old) => old?.map((d) => fresh.get(d.id) ?? d));
      return page.totalCount;
    },
    refetchInterval: FAST_POLL_MS,
  });
  return list;
}

/** One Deployment as the server has it now. */
export function fetchDeployment(orgId: string, deploymentId: string, signal?: AbortSignal) {
  return data(
    api.GET('/organizations/{organizationId}/deployments/{deploymentId}', {
      params: { path: { organizationId: orgId, deploymentId } },
      signal,
    }),
  );
}

export function deploymentQuery(orgId: string, deploymentId: string) {
  return queryOptions({
    queryKey: keys.deployment(orgId, deploymentId),
    queryFn: ({ signal }) => fetchDeployment(orgId, deploymentId, signal),
  });
}

/** Fast while it moves, slowly otherwise, and not at all once it is gone (a 404 will not come back). */
export function deploymentPollInterval(state: { data?: Deployment; error: unknown }): number | false {
  if (isApiError(state.error) && state.error.status === 404) return false;
  return pollInterval(state.data ? [state.data.status] : []);
}

export function useDeployment(orgId: string, deploymentId: string) {
  return useQuery({
    ...deploymentQuery(orgId, deploymentId),
    enabled: Boolean(orgId && deploymentId),
    refetchInterval: (query) => deploymentPollInterval(query.state),
  });
}

/**
 * A Workspace's Deployments for their names (a create's warning, telling namesakes apart): the list as
 * cached, refreshed when stale but not polled here.
 */
export function useWorkspaceDeployments(orgId: string, workspaceId: string) {
  return useQuery({ ...deploymentListQuery(orgId, workspaceId), enabled: Boolean(orgId && workspaceId) });
}

/** A Deployment's name as the console lists it: a name another Deployment of its Workspace has carries the end of its id. */
export function useDeploymentLabel(orgId: string, deploymentId: string): string | undefined {
  const deployment = useDeployment(orgId, deploymentId);
  const d = deploymentId ? deployment.data : undefined;
  const siblings = useWorkspaceDeployments(orgId, d?.workspaceId ?? '');
  // Until the Workspace's list is in, the name alone.
  return useMemo(() => d && (distinctLabels(siblings.data ?? []).get(d.id) ?? d.name), [d, siblings.data]);
}

export type CreateDeploymentRequest = components['schemas']['CreateDeploymentRequest'];
export type UpdateDeploymentRequest = components['schemas']['UpdateDeploymentRequest'];
export type HibernationOverrideRequest = components['schemas']['OverrideDeploymentHibernationBody'];

/** After a write: the answer becomes the cached Deployment, and lists refetch. */
function useStoreDeployment(orgId: string) {
  const queryClient = useQueryClient();
  return (d: Deployment) => {
    queryClient.setQueryData(keys.deployment(orgId, d.id), d);
    return queryClient.invalidateQueries({ queryKey: [...keys.deployments(orgId), 'list'] });
  };
}

export function useCreateDeployment(orgId: string) {
  const store = useStoreDeployment(orgId);
  return useGuardedMutation({
    mutationFn: (body: CreateDeploymentRequest) =>
      data(api.POST('/organizations/{organizationId}/deployments', { params: { path: { organizationId: orgId } }, body })),
    onSuccess: store,
  });
}

/**
 * An update is a full replacement, so `build` gets the Deployment as the server has it now: what the
 * caller does not edit (environment variables, a hibernation override) goes back as it is, not as a
 * cached copy had it, and a change someone made meanwhile is not undone.
 */
export function useUpdateDeployment(orgId: string, deploymentId: string) {
  const store = useStoreDeployment(orgId);
  return useGuardedMutation({
    mutationFn: async (build: (fresh: Deployment) => UpdateDeploymentRequest) => {
      const fresh = await fetchDeployment(orgId, deploymentId);
      return data(
        api.POST('/organizations/{organizationId}/deployments/{deploymentId}', {
          params: { path: { organizationId: orgId, deploymentId } },
          body: build(fresh),
        }),
      );
    },
    onSuccess: store,
  });
}

export function useDeleteDeployment(orgId: string, deploymentId: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: () =>
      api.DELETE('/organizations/{organizationId}/deployments/{deploymentId}', {
        params: { path: { organizationId: orgId, deploymentId } },
      }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: keys.deployment(orgId, deploymentId) });
      return queryClient.invalidateQueries({ queryKey: [...keys.deployments(orgId), 'list'] });
    },
  });
}

/** Hibernate or keep awake (`body`), or with `null` drop the override and follow the schedule again. */
export function useHibernationOverride(orgId: string, deploymentId: string) {
  const queryClient = useQueryClient();
  const path = { params: { path: { organizationId: orgId, deploymentId } } };
  return useGuardedMutation({
    mutationFn: async (body: HibernationOverrideRequest | null) => {
      if (body) await data(api.POST('/organizations/{organizationId}/deployments/{deploymentId}/hibernation-override', { ...path, body }));
      else await api.DELETE('/organizations/{organizationId}/deployments/{deploymentId}/hibernation-override', path);
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.deployment(orgId, deploymentId), exact: true }),
        queryClient.invalidateQueries({ queryKey: [...keys.deployments(orgId), 'list'] }),
      ]),
  });
}

export type DeploymentOptions = components['schemas']['DeploymentOptions'];
type OptionsQuery = { deploymentType?: 'STANDARD' | 'DEDICATED' | 'HYBRID'; deploymentId?: string };

/** What the server offers for a new or existing Deployment; the form is built from it, never from fixed lists. */
export function useDeploymentOptions(orgId: string, query: OptionsQuery) {
  return useQuery({
    queryKey: [...keys.organization(orgId), 'deployment-options', query] as const,
    enabled: Boolean(orgId),
    queryFn: ({ signal }) =>
      data(
        api.GET('/organizations/{organizationId}/deployment-options', {
          params: { path: { organizationId: orgId }, query },
          signal,
        }),
      ),
    staleTime: 10 * 60_000,
  });
}

/** How many Deployments each Workspace of the Organization has. */
export function useDeploymentCounts(orgId: string) {
  const deployments = useDeployments(orgId);
  const byWorkspace = useMemo(() => {
    const counts = new Map<string, number>();
    for (const d of deployments.data ?? []) counts.set(d.workspaceId, (counts.get(d.workspaceId) ?? 0) + 1);
    return counts;
  }, [deployments.data]);
  return { byWorkspace, isPending: deployments.isPending, isError: deployments.isError };
}
