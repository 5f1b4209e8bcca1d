import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { ErrorPanel } from '../shared/ui/ErrorPanel';
import { paths } from '../shared/routes/paths';

/**
 * What a crashed page region shows: the shell keeps working. A failed lazy chunk (after a redeploy) is fixed
 * by a reload, so that is offered.
 */
export function RouteError({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : 'Unknown error';
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
