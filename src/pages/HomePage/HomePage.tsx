import { Navigate } from 'react-router';
import { useOrganizations } from '../../api/queries/organizations';
import { describeError } from '../../api/describeError';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { paths } from '../../app/paths';

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
