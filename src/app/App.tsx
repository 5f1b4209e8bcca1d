import { createRef, useState } from 'react';
import { BrowserRouter } from 'react-router';
import { Providers } from './Providers';
import { createQueryClient } from './queryClient';
import { AppRoutes } from './routes';

/** The query client sends a 401 to the settings through the router, which lives below it. */
function createApp() {
  const authRedirectRef = createRef<() => void>();
  const queryClient = createQueryClient({ onAuthError: () => authRedirectRef.current?.() });
  return { queryClient, authRedirectRef };
}

export function App() {
  const [{ queryClient, authRedirectRef }] = useState(createApp);
  return (
    <Providers queryClient={queryClient}>
      <BrowserRouter>
        <AppRoutes authRedirectRef={authRedirectRef} />
      </BrowserRouter>
    </Providers>
  );
}
