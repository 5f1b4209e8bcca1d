import { useQuery } from '@tanstack/react-query';
import { api, data } from '../client';
import { keys } from './keys';

export function useOrganizations() {
  return useQuery({
    queryKey: keys.organizations,
    queryFn: ({ signal }) => data(api.GET('/organizations', { params: { query: { limit: 1000 } }, signal })),
    select: (page) => page.organizations,
    staleTime: 5 * 60_000,
  });
}

export function useOrganization(orgId: string) {
  return useQuery({
    queryKey: keys.organization(orgId),
    enabled: Boolean(orgId),
    queryFn: ({ signal }) =>
      data(api.GET('/organizations/{organizationId}', { params: { path: { organizationId: orgId } }, signal })),
    staleTime: 5 * 60_000,
  });
}
