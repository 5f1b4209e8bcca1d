import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useDemoFaults, useResetDemo, useSetDemoFaults, type DemoFaults } from '../api';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { useToast } from '../../../shared/ui/toast';
import { TextInput } from '../../../shared/ui/TextInput';

/** Demo controls: reset the demo data and inject latency or failures, to see how the console copes. */
export default function DemoPanel({ onClose }: { onClose: () => void }) {
  const faults = useDemoFaults();
  const reset = useResetDemo();
  const toast = useToast((state) => state.show);
  const [confirmingReset, setConfirmingReset] = useState(false);

  return (
    <Dialog open onClose={onClose} aria-labelledby="demo-panel-title" fullWidth maxWidth="xs">
      <DialogTitle id="demo-panel-title">Demo controls</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>The demo backend runs in this browser. Changes you make are kept across reloads until you reset.</DialogContentText>
        <Typography variant="subtitle2" component="h3" gutterBottom>
          Fault injection
        </Typography>
        {faults.data ? (
          <FaultsForm key={faults.dataUpdatedAt} initial={faults.data} />
        ) : faults.isError ? (
          <Alert severity="error">{faults.error.message}</Alert>
        ) : (
          <Typography variant="body2">Loading…</Typography>
        )}
        <Divider sx={{ my: 2 }} />
        <Typography variant="subtitle2" component="h3" gutterBottom>
          Demo data
        </Typography>
        <Button color="warning" variant="outlined" disabled={reset.isPending} onClick={() => setConfirmingReset(true)}>
          Reset demo data
        </Button>
      </DialogContent>
      <ConfirmDialog
        open={confirmingReset}
        title="Reset the demo data?"
        confirmLabel="Reset demo data"
        busy={reset.isPending}
        onConfirm={() => reset.mutate(undefined, { onSuccess: () => (setConfirmingReset(false), toast('Demo data reset')) })}
        onClose={() => setConfirmingReset(false)}
      >
        <DialogContentText>
          Everything you changed in the demo (Deployments, variables, tokens, deploys) goes back to the original data. This cannot be undone.
        </DialogContentText>
      </ConfirmDialog>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}

function FaultsForm({ initial }: { initial: DemoFaults }) {
  const setFaults = useSetDemoFaults();
  const toast = useToast((state) => state.show);
  const [latency, setLatency] = useState(String(initial.latencyMs));
  const [errorRate, setErrorRate] = useState(String(Math.round(initial.errorRate * 100)));

  const latencyMs = Number(latency);
  const ratePercent = Number(errorRate);
  const latencyError = latency === '' || !Number.isInteger(latencyMs) || latencyMs < 0 || latencyMs > 10000 ? 'A whole number from 0 to 10000' : '';
  const rateError = errorRate === '' || !Number.isFinite(ratePercent) || ratePercent < 0 || ratePercent > 100 ? 'A number from 0 to 100' : '';

  const apply = () =>
    setFaults.mutate(
      { latencyMs, errorRate: ratePercent / 100 },
      { onSuccess: () => toast(latencyMs || ratePercent ? 'Fault injection on' : 'Fault injection off') },
    );

  return (
    <>
      <Stack direction="row" spacing={2} sx={{ mb: 1 }}>
        <TextInput
          label="Added latency (ms)"
          value={latency}
          onChange={(e) => setLatency(e.target.value)}
          error={latencyError || undefined}
          inputMode="numeric"
        />
        <TextInput label="Error rate (%)" value={errorRate} onChange={(e) => setErrorRate(e.target.value)} error={rateError || undefined} inputMode="decimal" />
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Also settable from the URL: <code>?demoLatency=800&amp;demoErrorRate=0.3</code>
      </Typography>
      <Button variant="outlined" onClick={apply} disabled={Boolean(latencyError || rateError) || setFaults.isPending}>
        Apply faults
      </Button>
      {setFaults.isError && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {setFaults.error.message}
        </Alert>
      )}
    </>
  );
}
