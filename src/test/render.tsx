import { render, act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UNSAFE_createMemoryHistory, unstable_HistoryRouter as HistoryRouter, type Location } from 'react-router';
import { createRef } from 'react';
import { Providers } from '../app/Providers';
import { createQueryClient } from '../app/queryClient';
import { AppRoutes } from '../app/routes';

type MemoryHistory = ReturnType<typeof UNSAFE_createMemoryHistory>;
type Listener = Parameters<MemoryHistory['listen']>[0];

/**
 * A memory history that, unlike the library's, takes more than one listener: the router and the test.
 * Its location changes at once on a navigation; the page renders it a moment later, in a transition.
 */
function memoryHistory(path: string) {
  const memory = UNSAFE_createMemoryHistory({ initialEntries: [path], v5Compat: true });
  const listeners = new Set<Listener>();
  memory.listen((update) => listeners.forEach((listener) => listener(update)));
  const listen = (listener: Listener) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  return { history: Object.create(memory, { listen: { value: listen } }) as MemoryHistory, memory, listen };
}

/** Renders the real route table at `path`, with a fresh cache and no automatic retries. */
export function renderRoute(path: string) {
  const { history, memory, listen } = memoryHistory(path);
  const authRedirectRef = createRef<() => void>();
  const queryClient = createQueryClient({ retries: 0, onAuthError: () => authRedirectRef.current?.() });
  // What tests used of a data router: its state, navigate (a path, or -1 for back) and subscribe.
  const router = {
    get state() {
      return { location: memory.location as Location };
    },
    navigate: (to: string | number) => act(() => (typeof to === 'number' ? memory.go(to) : memory.push(to))),
    subscribe: (listener: (state: { location: Location }) => void) => listen(({ location }) => listener({ location: location as Location })),
  };
  const user = userEvent.setup();
  const view = render(
    <Providers queryClient={queryClient}>
      <HistoryRouter history={history}>
        <AppRoutes authRedirectRef={authRedirectRef} />
      </HistoryRouter>
    </Providers>,
  );
  return { ...view, router, queryClient, user };
}
