import { queryOptions } from '@tanstack/react-query';
import type { Deployment } from '../../../src/shared/api/types';

/**
 * The request Flightdeck's list makes for its first page (same path, query and page size), through the same
 * same-origin proxy to the same mock API, so both apps wait for the same bytes.
 */
export function deploymentsQuery(organizationId: string, workspaceId: string) {
  return queryOptions({
    queryKey: ['deployments', organizationId, workspaceId],
    queryFn: async ({ signal }) => {
      const query = new URLSearchParams({ workspaceIds: workspaceId, offset: '0', limit: '1000', sorts: 'name:asc' });
      const response = await fetch(`/api/v1/organizations/${organizationId}/deployments?${query}`, { signal });
      if (!response.ok) throw new Error(`Deployments: HTTP ${response.status}`);
      return ((await response.json()) as { deployments: Deployment[] }).deployments;
    },
  });
}
