import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isAuthError, retryDelay, shouldRetry } from '../shared/api/errors';

/**
 * One policy for every request: retry 5xx, 429 and network failures with backoff, never other 4xx.
 * `onAuthError` runs on any 401 (the app sends the user to the connection settings).
 *
 * Offline, nothing waits in silence: requests are made anyway (networkMode 'always') and fail at once with an
 * honest message (shared/api/client.ts), instead of TanStack Query's default of pausing them, which shows a
 * spinner with no end and later sends a write nobody confirmed. Every call also has a time limit (client.ts).
 */
export function createQueryClient(options: { onAuthError?: () => void; retries?: number } = {}) {
  const { onAuthError, retries = 3 } = options;
  const onError = (error: unknown) => {
    if (isAuthError(error)) onAuthError?.();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => shouldRetry(failureCount, error, retries),
        retryDelay,
        staleTime: 10_000,
        refetchOnWindowFocus: true,
        networkMode: 'always',
      },
      // A mutation is retried by the person, from a form that kept what they typed.
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
