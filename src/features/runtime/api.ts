import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '../../shared/api/client';
import { keys } from '../../shared/api/keys';

/**
 * The Runtime releases the API offers, from deployment-options: the same request (and cache entry) as the
 * create form's, so opening one after the other downloads it once.
 */
export function runtimeReleasesQuery(orgId: string) {
  const query = {};
  return queryOptions({
    queryKey: [...keys.organization(orgId), 'deployment-options', query] as const,
    queryFn: ({ signal }) =>
      data(api.GET('/organizations/{organizationId}/deployment-options', { params: { path: { organizationId: orgId }, query }, signal })),
    staleTime: 10 * 60_000,
    select: (options) => options.runtimeReleases,
  });
}

export function useRuntimeReleases(orgId: string) {
  return useQuery({ ...runtimeReleasesQuery(orgId), enabled: Boolean(orgId) });
}
