import { createRef, useLayoutEffect, type RefObject } from 'react';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation, useNavigate, type Location } from 'react-router';
import { Providers } from '../app/Providers';
import { createQueryClient } from '../app/queryClient';
import { AppRoutes } from '../app/routes';

interface Probe {
  location: Location;
  navigate: (to: string) => void;
}

/** Reports the router's location and navigate function to the test. */
function RouterProbe({ probeRef }: { probeRef: RefObject<Probe | null> }) {
  const location = useLocation();
  const navigate = useNavigate();
  // A layout effect runs in the commit, so the test never sees a newer screen with an older location.
  useLayoutEffect(() => {
    probeRef.current = { location, navigate };
  });
  return null;
}

/** Renders the real route table at `path`, with a fresh cache and no automatic retries. */
export function renderRoute(path: string) {
  const probeRef = createRef<Probe>();
  const authRedirectRef = createRef<() => void>();
  const queryClient = createQueryClient({ retries: 0, onAuthError: () => authRedirectRef.current?.() });
  // The shape tests used with a data router: router.state.location and router.navigate(to).
  const router = {
    get state() {
      return { location: probeRef.current!.location };
    },
    navigate: (to: string) => act(() => probeRef.current!.navigate(to)),
  };
  const user = userEvent.setup();
  const view = render(
    <Providers queryClient={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <RouterProbe probeRef={probeRef} />
        <AppRoutes authRedirectRef={authRedirectRef} />
      </MemoryRouter>
    </Providers>,
  );
  return { ...view, router, queryClient, user };
}
