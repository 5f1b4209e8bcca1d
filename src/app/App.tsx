import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Providers } from './Providers';
import { createQueryClient } from './queryClient';
import { routes } from './routes';
import { paths } from './paths';

export function App() {
  const [router] = useState(() => createBrowserRouter(routes));
  const [queryClient] = useState(() =>
    createQueryClient({
      onAuthError: () => {
        const here = window.location.pathname + window.location.search;
        if (window.location.pathname !== paths.settings()) void router.navigate(paths.settings(here));
      },
    }),
  );
  return (
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>
  );
}
