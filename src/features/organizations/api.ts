import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '../../shared/api/client';
import { keys } from '../../shared/api/keys';

export function organizationsQuery() {
  return queryOptions({
    queryKey: keys.organizations,
    queryFn: ({ signal }) => data(api.GET('/organizations', { params: { query: { limit: 1000 } }, signal })),
    staleTime: 5 * 60_000,
  });
}

export function useOrganizations() {
  return useQuery({ ...organizationsQuery(), select: (page) => page.organizations });
}

/** An Organization's name, from the list the switcher loads anyway (no request of its own). */
export function useOrganizationName(orgId: string): string | undefined {
  return useOrganizations().data?.find((org) => org.id === orgId)?.name;
}
