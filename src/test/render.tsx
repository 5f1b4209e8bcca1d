import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App, createApp } from '../app/App';

/** Renders the real app (its route table in a memory router) at `path`, with a fresh cache and no automatic retries. */
export function renderRoute(path: string) {
  const app = createApp((routes) => createMemoryRouter(routes, { initialEntries: [path] }), { retries: 0 });
  const user = userEvent.setup();
  const view = render(<App {...app} />);
  return { ...view, router: app.router, queryClient: app.queryClient, user };
}
