import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isDemoMode } from './shared/api/connection';
import { App, createApp } from './app/App';

// zod compiles its parsers with new Function() where it may, and probes for that on first use: under the
// production server's CSP (no 'unsafe-eval') the probe is refused and reported as a violation. `jitless` is
// zod's option for CSPs; it is set here in the global object that z.config() writes, because importing
// z.config would put 4 kB gzip of zod into the first visit's shell. Interpreted parsing of the console's
// small forms and answers costs nothing anyone would notice.
Object.assign(((globalThis as { __zod_globalConfig?: object }).__zod_globalConfig ??= {}), { jitless: true });

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
