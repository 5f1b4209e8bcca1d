import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import type { Deployment } from '../../../../shared/api/types';
import { RuntimeLifecycleNotice } from '../../../runtime';
import { IdsSection } from './IdsSection';
import { SettingsSection } from './SettingsSection';
import { WorkerQueuesSection } from './WorkerQueuesSection';

/** The overview's sections; `runsNow` (what the deploys say runs now) comes first and is the page's to give. */
export default function Overview({ deployment, runsNow }: { deployment: Deployment; runsNow?: ReactNode }) {
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' } }}>
      <RuntimeLifecycleNotice deployment={deployment} />
      {runsNow}
      <SettingsSection deployment={deployment} />
      <IdsSection deployment={deployment} />
      <WorkerQueuesSection deployment={deployment} />
    </Box>
  );
}
