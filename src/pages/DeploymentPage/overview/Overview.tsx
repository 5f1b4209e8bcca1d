import Box from '@mui/material/Box';
import type { Deploy, Deployment } from '../../../api/types';
import { IdsSection } from './IdsSection';
import { RunsNowSection } from './RunsNowSection';
import { SettingsSection } from './SettingsSection';
import { WorkerQueuesSection } from './WorkerQueuesSection';

export default function Overview({ deployment, deploys }: { deployment: Deployment; deploys?: Deploy[] }) {
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' } }}>
      <RunsNowSection deployment={deployment} deploys={deploys} />
      <SettingsSection deployment={deployment} />
      <IdsSection deployment={deployment} />
      <WorkerQueuesSection deployment={deployment} />
    </Box>
  );
}
