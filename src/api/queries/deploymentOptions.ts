import { useQuery } from '@tanstack/react-query';
import { api, data } from '../client';
import type { components } from '../schema.gen';
import { keys } from './keys';

export type DeploymentOptions = components['schemas']['DeploymentOptions'];
type OptionsQuery = { deploymentType?: 'STANDARD' | 'DEDICATED' | 'HYBRID'; deploymentId?: string };

/** What the server offers for a new or existing Deployment; the form is built from it, never from fixed lists. */
export function useDeploymentOptions(orgId: string, query: OptionsQuery) {
  return useQuery({
    queryKey: [...keys.organization(orgId), 'deployment-options', query.deploymentType ?? 'any', query.deploymentId ?? 'new'] as const,
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
