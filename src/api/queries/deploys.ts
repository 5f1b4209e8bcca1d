import { useQuery } from '@tanstack/react-query';
import { api, data } from '../client';
import { keys } from './keys';

/** The newest deploys of a Deployment, for "who started this" on the overview. */
export function useRecentDeploys(orgId: string, deploymentId: string) {
  return useQuery({
    queryKey: [...keys.deploys(orgId, deploymentId), 'recent'],
    queryFn: ({ signal }) =>
      data(
        api.GET('/organizations/{organizationId}/deployments/{deploymentId}/deploys', {
          params: { path: { organizationId: orgId, deploymentId }, query: { limit: 5 } },
          signal,
        }),
      ),
    select: (page) => page.deploys,
  });
}
