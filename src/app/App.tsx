import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Providers } from './Providers';
import { createQueryClient } from './queryClient';
import { createRoutes } from './routes';
import { paths } from './paths';

/** The query client and the router need each other: loaders prefetch, and a 401 navigates to the settings. */
function createApp() {
  const queryClient = createQueryClient({
    onAuthError: () => {
      const here = window.location.pathname + window.location.search;
      if (window.location.pathname !== paths.settings()) void router.navigate(paths.settings(here));
    },
  });
  const router = createBrowserRouter(createRoutes(queryClient));
  return { queryClient, router };
}

export function App() {
  const [{ queryClient, router }] = useState(createApp);
  return (
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>
  );
}
