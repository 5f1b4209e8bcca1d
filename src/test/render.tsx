import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Providers } from '../app/Providers';
import { createQueryClient } from '../app/queryClient';
import { createRoutes } from '../app/routes';

/** Renders the real route table at `path`, with a fresh cache and no automatic retries. */
export function renderRoute(path: string) {
  const queryClient = createQueryClient({ retries: 0, onAuthError: () => void router.navigate('/settings?returnTo=%2F') });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...view, router, queryClient, user };
}
