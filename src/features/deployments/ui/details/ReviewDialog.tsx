import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import type { SettingChange } from '../../domain/deploymentChanges';
import type { RestartPart } from '../../domain/restartRule';

const SEVERITY = { info: 'info', restart: 'warning', danger: 'error' } as const;

/** The review before saving: every changed setting, from and to, with what it will do to the running Deployment. */
export function ReviewDialog({
  name,
  changes,
  restarting,
  busy,
  onConfirm,
  onClose,
  conflict,
}: {
  name: string;
  changes: SettingChange[];
  /** What the save restarts, by the shared restart rule. */
  restarting: ReadonlyArray<RestartPart>;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
  /** A save stopped by someone else's changes: shown first, and it replaces the Save button. */
  conflict?: ReactNode;
}) {
  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby="review-title" fullWidth maxWidth="md">
      <DialogTitle id="review-title">Review changes to {name}</DialogTitle>
      <DialogContent>
        {conflict}
        <DialogContentText sx={{ mb: 1 }}>
          {changes.length} setting{changes.length === 1 ? '' : 's'} will change.
          {restarting.length
            ? ` Airflow components restart (${restarting.join(', ')} changed): the Deployment shows Deploying until they are back.`
            : ' Nothing restarts.'}
        </DialogContentText>
        <List aria-label="Changed settings" disablePadding>
          {changes.map((c) => (
            <ListItem key={c.label} disableGutters sx={{ display: 'block' }}>
              <Typography variant="subtitle2">{c.label}</Typography>
              <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                <s aria-label={`was ${c.from}`}>{c.from}</s> → <strong>{c.to}</strong>
              </Typography>
              {c.consequence && (
                <Alert severity={SEVERITY[c.severity]} sx={{ mt: 0.5 }}>
                  {c.consequence}
                </Alert>
              )}
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          Back to editing
        </Button>
        {!conflict && (
          <Button variant="contained" onClick={onConfirm} disabled={busy} color={changes.some((c) => c.severity === 'danger') ? 'error' : 'primary'}>
            {busy ? 'Saving…' : 'Save changes'}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
