import { useQuery } from '@tanstack/react-query';
import { api, data } from '../../shared/api/client';
import { keys } from '../../shared/api/keys';

export function useClusters(orgId: string) {
  return useQuery({
    queryKey: keys.clusters(orgId),
    enabled: Boolean(orgId),
    queryFn: ({ signal }) =>
      data(
        api.GET('/organizations/{organizationId}/clusters', {
          params: { path: { organizationId: orgId }, query: { limit: 1000 } },
          signal,
        }),
      ),
    select: (page) => page.clusters,
    staleTime: 5 * 60_000,
  });
}
