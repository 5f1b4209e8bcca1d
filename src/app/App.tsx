import { createRef, type RefObject } from 'react';
import { BrowserRouter } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { Providers } from './Providers';
import { createQueryClient } from './queryClient';
import { AppRoutes, prefetchRoute } from './routes';

type AppParts = { queryClient: QueryClient; authRedirectRef: RefObject<(() => void) | null> };

/**
 * The query client sends a 401 to the settings through the router, which lives below it. The data the
 * landing page shows starts downloading now, before the first render.
 */
export function createApp(pathname: string): AppParts {
  const authRedirectRef = createRef<() => void>();
  const queryClient = createQueryClient({ onAuthError: () => authRedirectRef.current?.() });
  prefetchRoute(queryClient, pathname);
  return { queryClient, authRedirectRef };
}

export function App({ queryClient, authRedirectRef }: AppParts) {
  return (
    <Providers queryClient={queryClient}>
      <BrowserRouter>
        <AppRoutes authRedirectRef={authRedirectRef} />
      </BrowserRouter>
    </Providers>
  );
}
