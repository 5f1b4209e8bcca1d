import { useId, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ConfirmDialog } from './ConfirmDialog';
import { CopyButton } from './CopyButton';
import { TextInput } from './TextInput';

const VALUE_STYLE = { fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' } as const;

/**
 * Shows a value the server returns once (an agent token, an API token) and can never show again. It closes
 * only through "I have copied it": Escape or a click beside it first asks, since one stray key would lose
 * the value for good.
 */
export function ShownOnceDialog({
  open,
  title,
  what,
  label,
  value,
  children,
  onDone,
  onExited,
}: {
  open: boolean;
  title: string;
  /** What the value is, in a sentence: "the token". */
  what: string;
  /** The field's label: "Token value for gke-agents". */
  label: string;
  value: string;
  /** Where to keep it, under the warning. */
  children?: ReactNode;
  onDone: () => void;
  /** After the closing transition: the moment to forget the value. */
  onExited?: () => void;
}) {
  const titleId = useId();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Dialog open={open} onClose={() => setAsking(true)} aria-labelledby={titleId} fullWidth maxWidth="sm" slotProps={{ transition: { onExited } }}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <Alert severity="warning" sx={{ mb: 2 }}>
            Copy {what} now: it is shown only once and cannot be retrieved later. {children}
          </Alert>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <TextInput label={label} value={value} fullWidth multiline readOnly spellCheck={false} style={VALUE_STYLE} />
            <CopyButton value={value} label={`Copy ${what}`} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button variant="contained" onClick={onDone}>
            I have copied it, close
          </Button>
        </DialogActions>
      </Dialog>
      <ConfirmDialog
        open={asking}
        title={`Close without copying ${what}?`}
        confirmLabel="Close, I will not need it"
        cancelLabel="Keep it open"
        onConfirm={() => (setAsking(false), onDone())}
        onClose={() => setAsking(false)}
      >
        <Typography>Once closed, {what} can never be shown again. Without a copy you would have to create a new one.</Typography>
      </ConfirmDialog>
    </>
  );
}
