import { useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from '../../shared/ui/useGuardedMutation';
import type { EnvVarRequest } from './domain/envDiff';
import { api, data } from '../../shared/api/client';
import type { Deployment } from '../../shared/api/types';
import { fetchDeployment } from '../deployments/api';
import { toUpdateRequest } from '../deployments';
import { keys } from '../../shared/api/keys';

export type SaveEnvironmentResult =
  | { outcome: 'saved'; deployment: Deployment }
  /** The server's variables differ from the ones the editor started from: nothing was sent. */
  | { outcome: 'changed'; deployment: Deployment };

/**
 * Saves the variables through the Deployment update, guarding against lost updates: it first reads the
 * Deployment again, and if its variables are not `expected` (what the editor loaded) it sends nothing and
 * returns the fresh Deployment for a merge. The body is built from that fresh read, so settings someone
 * changed meanwhile are kept too.
 */
export function useSaveEnvironment(orgId: string, deploymentId: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: async (input: {
      variables: EnvVarRequest[];
      /** True when the server's list still matches what the editor started from. */
      unchanged: (fresh: Deployment) => boolean;
    }): Promise<SaveEnvironmentResult> => {
      const fresh = await fetchDeployment(orgId, deploymentId);
      if (!input.unchanged(fresh)) return { outcome: 'changed', deployment: fresh };
      const saved = await data(
        api.POST('/organizations/{organizationId}/deployments/{deploymentId}', {
          params: { path: { organizationId: orgId, deploymentId } },
          body: toUpdateRequest(fresh, { environmentVariables: input.variables }),
        }),
      );
      return { outcome: 'saved', deployment: saved };
    },
    onSuccess: (result) => {
      queryClient.setQueryData(keys.deployment(orgId, deploymentId), result.deployment);
      if (result.outcome === 'saved') void queryClient.invalidateQueries({ queryKey: [...keys.deployments(orgId), 'list'] });
    },
  });
}
