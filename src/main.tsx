import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isDemoMode } from './shared/api/connection';
import { App, createApp } from './app/App';

async function start() {
  // The mock backend is a separate chunk, fetched only in demo mode; production builds leave it out entirely.
  if ((import.meta.env.DEV || import.meta.env.VITE_DEMO === 'true') && isDemoMode()) {
    const { startDemoBackend } = await import('./mocks/browser');
    await startDemoBackend({ search: window.location.search });
  }
  const app = createApp();
  const root = createRoot(document.getElementById('root')!);
  // A transition renders in slices that yield to the browser, so the first render is no single long task
  // (input stays responsive while the console starts).
  startTransition(() =>
    root.render(
      <StrictMode>
        <App {...app} />
      </StrictMode>,
    ),
  );
}

void start();
