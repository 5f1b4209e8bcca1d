import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from '../../shared/ui/useGuardedMutation';
import { api, data } from '../../shared/api/client';
import type { components } from '../../shared/api/schema.gen';

export type DemoFaults = components['schemas']['DemoFaults'];
const faultsKey = ['x-demo', 'faults'] as const;

/** Demo-backend controls (console extension): only the in-browser demo backend answers them. */
export function useDemoFaults() {
  return useQuery({
    queryKey: faultsKey,
    queryFn: ({ signal }) => data(api.GET('/x-demo/faults', { signal })),
  });
}

export function useSetDemoFaults() {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (body: DemoFaults) => data(api.PUT('/x-demo/faults', { body })),
    onSuccess: (faults) => queryClient.setQueryData(faultsKey, faults),
  });
}

/** Restores the seed data and drops every cached answer, so each view reloads from the fresh state. */
export function useResetDemo() {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: () => api.POST('/x-demo/reset'),
    onSuccess: () => queryClient.resetQueries(),
  });
}
