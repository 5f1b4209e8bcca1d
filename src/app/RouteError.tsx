import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Link as RouterLink } from '../shared/routes/Link';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { ErrorPanel } from '../shared/ui/ErrorPanel';
import { paths } from '../shared/routes/paths';

/**
 * A route's error boundary: what a crashed page, or a page whose code did not download, shows. Inside the
 * page region the shell keeps working. A failed lazy chunk (after a redeploy) is fixed by a reload, so that
 * is offered. The router clears it on the next navigation.
 */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : 'Unknown error';
  return (
    <Box sx={{ p: 2 }}>
      <ErrorPanel
        title="This part of the console crashed"
        error={{ message }}
        hint="The rest of the console still works. Reloading usually helps."
        onRetry={() => window.location.reload()}
      />
      <Button component={RouterLink} to={paths.home()} sx={{ mt: 2 }}>
        Go to the start page
      </Button>
    </Box>
  );
}
