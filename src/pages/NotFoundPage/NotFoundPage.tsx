import Button from '@mui/material/Button';
import { useLocation } from 'react-router';
import { Link as RouterLink } from '../../shared/routes/Link';
import { EmptyState } from '../../shared/ui/EmptyState';
import { PageFrame } from '../../shared/ui/PageFrame';
import { paths } from '../../shared/routes/paths';

export default function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <PageFrame title="Page not found">
      <EmptyState
        title="There is nothing at this address"
        action={
          <Button variant="contained" component={RouterLink} to={paths.home()}>
            Go to the start page
          </Button>
        }
      >
        <code>{pathname}</code> is not a page of Flightdeck. Check the link, or start again from your Workspaces.
      </EmptyState>
    </PageFrame>
  );
}
