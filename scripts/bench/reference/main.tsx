// The bench's reference app: the floor of Flightdeck's stack (React, MUI with emotion, TanStack Query,
// react-router), written the plain way. One lazy route, which starts its data in the loader (as Flightdeck's
// routes do) so code and data download side by side, and renders the Workspace's first 25 Deployments.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider, createTheme } from '@mui/material/styles';
import { deploymentsQuery } from './deploymentsQuery';

const queryClient = new QueryClient();
const router = createBrowserRouter([
  {
    path: '/organizations/:organizationId/workspaces/:workspaceId/deployments',
    loader: ({ params }) => {
      void queryClient.prefetchQuery(deploymentsQuery(params.organizationId!, params.workspaceId!));
      return null;
    },
    lazy: async () => ({ Component: (await import('./DeploymentsRoute')).default }),
    HydrateFallback: () => null,
  },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={createTheme()}>
        <CssBaseline />
        <RouterProvider router={router} />
      </ThemeProvider>
    </QueryClientProvider>
  </StrictMode>,
);
