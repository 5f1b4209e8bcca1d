import { Navigate } from 'react-router';
import { useOrganizations } from '../../features/organizations/api';
import { describeError } from '../../shared/api/describeError';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorPanel } from '../../shared/ui/ErrorPanel';
import { Loading } from '../../shared/ui/Loading';
import { paths } from '../../shared/routes/paths';

/** The start page sends you to your Organization; with several, to the first one (the switcher changes it). */
export default function HomePage() {
  const organizations = useOrganizations();
  if (organizations.isPending) return <Loading label="Loading your Organizations" />;
  if (organizations.isError) {
    return (
      <ErrorPanel
        {...describeError(organizations.error, 'load your Organizations')}
        onRetry={() => organizations.refetch()}
        retrying={organizations.isFetching}
      />
    );
  }
  const first = organizations.data[0];
  if (!first) return <EmptyState title="No Organization yet">This token cannot see any Astro Organization.</EmptyState>;
  return <Navigate replace to={paths.workspaces(first.id)} />;
}
