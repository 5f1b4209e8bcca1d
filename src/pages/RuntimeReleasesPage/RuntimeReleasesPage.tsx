import { Navigate, useParams } from 'react-router';
import { RuntimeReleases } from '../../features/runtime';
import { paths } from '../../shared/routes/paths';

export default function RuntimeReleasesPage() {
  const { organizationId = '', tab = 'releases' } = useParams();
  // An unknown section (a mistyped or older link) opens the releases rather than a blank page.
  if (tab !== 'releases' && tab !== 'tag-composer' && tab !== 'fleet') return <Navigate replace to={paths.runtimeReleases(organizationId)} />;
  return <RuntimeReleases organizationId={organizationId} tab={tab} />;
}
