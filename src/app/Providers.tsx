import { useMemo, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { Toaster } from '../components/toast';
import { buildTheme } from './theme';
import { useUi } from './uiStore';

export function Providers({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  const choice = useUi((state) => state.theme);
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)');
  const mode = choice === 'system' ? (prefersDark ? 'dark' : 'light') : choice;
  const theme = useMemo(() => buildTheme(mode), [mode]);
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        {children}
        <Toaster />
      </ThemeProvider>
    </QueryClientProvider>
  );
}
