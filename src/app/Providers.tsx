import { useLayoutEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ThemeProvider } from '@mui/material/styles';
import { Toaster } from '../shared/ui/toast';
import { buildTheme } from './theme';
import { useUi } from './uiStore';

export function Providers({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  const choice = useUi((state) => state.theme);
  const prefersDark = usePrefersDark();
  const mode = choice === 'system' ? (prefersDark ? 'dark' : 'light') : choice;
  const theme = useMemo(() => buildTheme(mode), [mode]);
  // The page baseline is static CSS in index.html (no CssBaseline): it follows this attribute.
  useLayoutEffect(() => {
    document.documentElement.dataset.mode = mode;
  }, [mode]);
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme}>
        {children}
        <Toaster />
      </ThemeProvider>
    </QueryClientProvider>
  );
}

// Absent in some environments (jsdom): then light.
const darkQuery = () => (typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : undefined);

/** Follows the system's light or dark setting as it changes. */
function usePrefersDark() {
  return useSyncExternalStore(
    (onChange) => {
      const query = darkQuery();
      query?.addEventListener('change', onChange);
      return () => query?.removeEventListener('change', onChange);
    },
    () => darkQuery()?.matches ?? false,
  );
}
