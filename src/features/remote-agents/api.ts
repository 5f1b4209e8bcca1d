import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from '../../shared/ui/useGuardedMutation';
import { api, data } from '../../shared/api/client';
import type { components } from '../../shared/api/schema.gen';
import { keys } from '../../shared/api/keys';

type Schemas = components['schemas'];
export type AgentToken = Schemas['ApiToken'];
export type CreateAgentTokenRequest = Schemas['CreateAgentTokenRequest'];
export type RemoteAgent = Schemas['RemoteAgent'];

/** The API caps a page at 1000; 50 tokens per Deployment fit in one. */
const ALL = 1000;

const agentKeys = {
  tokens: (orgId: string, deploymentId: string) => [...keys.deployment(orgId, deploymentId), 'agent-tokens'] as const,
  agents: (orgId: string, deploymentId: string) => [...keys.deployment(orgId, deploymentId), 'remote-agents'] as const,
};

export function useAgentTokens(orgId: string, deploymentId: string) {
  return useQuery({
    queryKey: agentKeys.tokens(orgId, deploymentId),
    queryFn: ({ signal }) =>
      data(
        api.GET('/organizations/{organizationId}/deployments/{deploymentId}/agent-tokens', {
          params: { path: { organizationId: orgId, deploymentId }, query: { limit: ALL, sorts: ['createdAt:desc'] } },
          signal,
        }),
      ),
    select: (page) => page.tokens,
  });
}

/**
 * The answer carries the token value, shown once. `gcTime: 0` drops the finished mutation (and so the value)
 * from the cache as soon as the dialog that shows it resets; the token list is refetched, never patched with it.
 * It is refetched after a failure too, before the mutation reports it: a create refused at the token cap
 * means tokens were added elsewhere, and the fresh count is what tells the dialog so.
 */
export function useCreateAgentToken(orgId: string, deploymentId: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    gcTime: 0,
    mutationFn: (body: CreateAgentTokenRequest) =>
      data(
        api.POST('/organizations/{organizationId}/deployments/{deploymentId}/agent-tokens', {
          params: { path: { organizationId: orgId, deploymentId } },
          body,
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: agentKeys.tokens(orgId, deploymentId) }),
  });
}

export function useDeleteAgentToken(orgId: string, deploymentId: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (agentTokenId: string) =>
      api.DELETE('/organizations/{organizationId}/deployments/{deploymentId}/agent-tokens/{agentTokenId}', {
        params: { path: { organizationId: orgId, deploymentId, agentTokenId } },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agentKeys.tokens(orgId, deploymentId) }),
  });
}

/** Fast while agents are connecting or none has connected yet (someone is probably installing), slower once settled. */
function agentPollInterval(agents: RemoteAgent[] | undefined): number {
  if (!agents || agents.length === 0 || agents.some((a) => a.health === 'CONNECTING')) return 2_000;
  return 10_000;
}

/** Console extension: a real Astro server answers 404, which the Agents view explains instead of retrying. */
export function useRemoteAgents(orgId: string, deploymentId: string) {
  return useQuery({
    queryKey: agentKeys.agents(orgId, deploymentId),
    queryFn: ({ signal }) =>
      data(
        api.GET('/organizations/{organizationId}/deployments/{deploymentId}/remote-agents', {
          params: { path: { organizationId: orgId, deploymentId }, query: { limit: ALL } },
          signal,
        }),
      ),
    select: (page) => page.agents,
    refetchInterval: (query) => (query.state.status === 'error' ? false : agentPollInterval(query.state.data?.agents)),
  });
}

export type AgentAction = 'cordon' | 'uncordon' | 'delete';

export function useAgentAction(orgId: string, deploymentId: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: async ({ agentId, action }: { agentId: string; action: AgentAction }): Promise<void> => {
      const path = { organizationId: orgId, deploymentId, agentId };
      if (action === 'delete') await api.DELETE('/organizations/{organizationId}/deployments/{deploymentId}/remote-agents/{agentId}', { params: { path } });
      else if (action === 'cordon')
        await data(api.POST('/organizations/{organizationId}/deployments/{deploymentId}/remote-agents/{agentId}/cordon', { params: { path } }));
      else await data(api.POST('/organizations/{organizationId}/deployments/{deploymentId}/remote-agents/{agentId}/uncordon', { params: { path } }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agentKeys.agents(orgId, deploymentId) }),
  });
}

/** Demo control: pretend an install started, ending healthy or with a rejected token. */
export function useSimulateAgents(orgId: string, deploymentId: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (outcome: 'HEALTHY' | 'AUTH_FAILED') =>
      api.POST('/x-demo/deployments/{deploymentId}/simulate-agents', { params: { path: { deploymentId } }, body: { outcome } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agentKeys.agents(orgId, deploymentId) }),
  });
}
