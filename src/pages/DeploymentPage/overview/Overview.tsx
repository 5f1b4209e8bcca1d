import Grid from '@mui/material/Grid';
import type { Deploy, Deployment } from '../../../api/types';
import { IdsSection } from './IdsSection';
import { RunsNowSection } from './RunsNowSection';
import { SettingsSection } from './SettingsSection';
import { WorkerQueuesSection } from './WorkerQueuesSection';

export default function Overview({ deployment, deploys }: { deployment: Deployment; deploys?: Deploy[] }) {
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, lg: 6 }}>
        <RunsNowSection deployment={deployment} deploys={deploys} />
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <SettingsSection deployment={deployment} />
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <IdsSection deployment={deployment} />
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <WorkerQueuesSection deployment={deployment} />
      </Grid>
    </Grid>
  );
}
