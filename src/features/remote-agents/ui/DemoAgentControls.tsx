import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { describeError } from '../../../shared/api/describeError';
import { useSimulateAgents } from '../api';
import { ErrorPanel } from '../../../shared/ui/ErrorPanel';

/** Demo mode only: stands in for a real `helm install` so people can watch agents connect. */
export function DemoAgentControls({ orgId, deploymentId }: { orgId: string; deploymentId: string }) {
  const simulate = useSimulateAgents(orgId, deploymentId);
  return (
    <Paper variant="outlined" component="section" aria-labelledby="demo-agents-title" sx={{ p: 2 }}>
      <Typography id="demo-agents-title" variant="subtitle2" component="h2">
        Demo: simulate an agent install
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Pretend you ran helm install: two workers, a triggerer and a DAG processor start connecting.
      </Typography>
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" disabled={simulate.isPending} onClick={() => simulate.mutate('HEALTHY')}>
          Simulate agents connecting
        </Button>
        <Button variant="outlined" color="error" disabled={simulate.isPending} onClick={() => simulate.mutate('AUTH_FAILED')}>
          Simulate a rejected token
        </Button>
      </Stack>
      {simulate.isError && <ErrorPanel {...describeError(simulate.error, 'start the simulation')} />}
    </Paper>
  );
}
