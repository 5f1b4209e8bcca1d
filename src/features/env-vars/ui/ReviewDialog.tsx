import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { describeError } from '../../../shared/api/describeError';
import { ErrorPanel } from '../../../shared/ui/ErrorPanel';
import type { EnvChange, EnvVar } from '../domain/envDiff';

/** One line per change; a secret's value is never part of it. */
function describeChange(c: EnvChange): string {
  const { before, after } = c;
  if (c.kind === 'removed') return before?.isSecret ? 'secret, removed' : `was ${show(before)}`;
  if (c.kind === 'added') return after?.isSecret ? 'secret, value set' : `= ${show(after)}`;
  if (before && after && !before.isSecret && after.isSecret) return 'made secret (cannot be undone), value set';
  if (after?.isSecret) return 'secret value changed';
  return `${show(before)} → ${show(after)}`;
}

function show(v: EnvVar | undefined): string {
  const value = v?.value ?? '';
  return value.length > 60 ? `“${value.slice(0, 60)}…”` : `“${value}”`;
}

const SECTIONS = [
  { kind: 'added', title: 'Added' },
  { kind: 'changed', title: 'Changed' },
  { kind: 'removed', title: 'Removed' },
] as const;

export function ChangeList({ changes, label }: { changes: EnvChange[]; label: string }) {
  return (
    <>
      {SECTIONS.map(({ kind, title }) => {
        const list = changes.filter((c) => c.kind === kind);
        if (!list.length) return null;
        return (
          <Box key={kind} component="section" aria-label={`${title} (${label})`} sx={{ mb: 1.5 }}>
            <Typography variant="subtitle2" component="h3">
              {title} ({list.length})
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 2.5, maxHeight: 220, overflow: 'auto' }}>
              {list.map((c) => (
                <li key={c.key}>
                  <code>{c.key}</code>{' '}
                  <Typography component="span" variant="body2" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
                    {describeChange(c)}
                  </Typography>
                </li>
              ))}
            </Box>
          </Box>
        );
      })}
    </>
  );
}

/** The last look before the whole list is sent: what changes, and that Airflow restarts. */
export function ReviewDialog({
  deploymentName,
  changes,
  busy,
  error,
  fieldMessages = [],
  onApply,
  onClose,
}: {
  deploymentName: string;
  changes: EnvChange[];
  busy: boolean;
  error: unknown;
  /** The server's field errors, already named by key. */
  fieldMessages?: string[];
  onApply: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby="env-review-title" fullWidth maxWidth="sm">
      <DialogTitle id="env-review-title">Review changes to {deploymentName}</DialogTitle>
      <DialogContent>
        <ChangeList changes={changes} label="to apply" />
        <Alert severity="warning" role="note" sx={{ mt: 1 }}>
          Applying restarts the scheduler and workers of {deploymentName}. It shows DEPLOYING meanwhile, and new values can take up to about two minutes to
          reach running tasks.
        </Alert>
        {error != null && (
          <Box sx={{ mt: 2 }}>
            <ErrorPanel {...describeError(error, 'apply the changes')} onRetry={onApply} retrying={busy} />
            {fieldMessages.length > 0 && (
              <Box component="ul" sx={{ mt: 1, pl: 2.5 }}>
                {fieldMessages.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </Box>
            )}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          Keep editing
        </Button>
        <Button variant="contained" onClick={onApply} disabled={busy}>
          {busy ? 'Applying…' : `Apply ${changes.length} ${changes.length === 1 ? 'change' : 'changes'}`}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
