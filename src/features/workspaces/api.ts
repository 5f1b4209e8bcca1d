import { useMemo } from 'react';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from '../../shared/ui/useGuardedMutation';
import { api, data } from '../../shared/api/client';
import type { CreateWorkspaceRequest, UpdateWorkspaceRequest, Workspace } from '../../shared/api/types';
import { keys } from '../../shared/api/keys';
import { distinctLabels } from '../../shared/lib/sameNames';

export function workspacesQuery(orgId: string) {
  return queryOptions({
    queryKey: keys.workspaces(orgId),
    queryFn: ({ signal }) =>
      data(
        api.GET('/organizations/{organizationId}/workspaces', {
          params: { path: { organizationId: orgId }, query: { limit: 1000, sorts: ['name:asc'] } },
          signal,
        }),
      ),
  });
}

export function useWorkspaces(orgId: string) {
  return useQuery({ ...workspacesQuery(orgId), enabled: Boolean(orgId), select: (page) => page.workspaces });
}

/** Each Workspace's name as the console lists it, by id: a repeated name carries the end of its id. */
export function useWorkspaceLabels(orgId: string): ReadonlyMap<string, string> {
  const list = useWorkspaces(orgId);
  return useMemo(() => distinctLabels(list.data ?? []), [list.data]);
}

/**
 * A Workspace's name as the console lists it (told apart from a namesake), from the list the switcher loads
 * anyway (no request of its own).
 */
export function useWorkspaceName(orgId: string, workspaceId: string): string | undefined {
  const labels = useWorkspaceLabels(orgId);
  return workspaceId ? labels.get(workspaceId) : undefined;
}

function workspaceQuery(orgId: string, workspaceId: string) {
  return queryOptions({
    queryKey: keys.workspace(orgId, workspaceId),
    queryFn: ({ signal }) =>
      data(
        api.GET('/organizations/{organizationId}/workspaces/{workspaceId}', {
          params: { path: { organizationId: orgId, workspaceId } },
          signal,
        }),
      ),
  });
}

export function useWorkspace(orgId: string, workspaceId: string) {
  return useQuery({ ...workspaceQuery(orgId, workspaceId), enabled: Boolean(orgId && workspaceId) });
}

export function useCreateWorkspace(orgId: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (body: CreateWorkspaceRequest) =>
      data(api.POST('/organizations/{organizationId}/workspaces', { params: { path: { organizationId: orgId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.workspaces(orgId) }),
  });
}

/**
 * An update replaces the Workspace, so `build` gets it as the server has it now (read again first): the
 * caller merges its edit into that (shared/lib/editMerge) instead of sending a copy from when the form opened.
 */
export function useUpdateWorkspace(orgId: string, workspaceId: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: async (build: (fresh: Workspace) => UpdateWorkspaceRequest) => {
      const fresh = await queryClient.fetchQuery({ ...workspaceQuery(orgId, workspaceId), staleTime: 0 });
      return data(
        api.POST('/organizations/{organizationId}/workspaces/{workspaceId}', {
          params: { path: { organizationId: orgId, workspaceId } },
          body: build(fresh),
        }),
      );
    },
    onSuccess: (workspace) => {
      queryClient.setQueryData(keys.workspace(orgId, workspaceId), workspace);
      return queryClient.invalidateQueries({ queryKey: keys.workspaces(orgId) });
    },
  });
}

export function useDeleteWorkspace(orgId: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (workspaceId: string) =>
      api.DELETE('/organizations/{organizationId}/workspaces/{workspaceId}', {
        params: { path: { organizationId: orgId, workspaceId } },
      }),
    onSuccess: (_result, workspaceId) => {
      queryClient.removeQueries({ queryKey: keys.workspace(orgId, workspaceId) });
      return queryClient.invalidateQueries({ queryKey: keys.workspaces(orgId) });
    },
  });
}
