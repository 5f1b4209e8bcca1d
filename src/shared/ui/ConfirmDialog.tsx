import { useId, useState, type FormEvent, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { TextInput } from './TextInput';

const TYPED_SPACING = { margin: '16px 0 8px' };

/**
 * Confirms a destructive action. With `typedConfirmation`, the person must type that text exactly,
 * so a stray click cannot delete anything. It is a form: Enter in the typed field confirms once the text matches.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  typedConfirmation,
  busy,
  blocked,
  error,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** The button that backs out; "Cancel" unless the question needs its own words. */
  cancelLabel?: string;
  typedConfirmation?: string;
  busy?: boolean;
  /** Keeps the confirm button disabled, e.g. while the action is not allowed at all. */
  blocked?: boolean;
  error?: ReactNode;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const [typed, setTyped] = useState('');
  const titleId = useId();
  const ready = !typedConfirmation || typed === typedConfirmation;
  const confirmable = ready && !busy && !blocked;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // React bubbles events through portals: a form around the component that opened this must not submit too.
    event.stopPropagation();
    if (confirmable) onConfirm();
  };
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} aria-labelledby={titleId} slotProps={{ transition: { onExited: () => setTyped('') } }}>
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          {children}
          {typedConfirmation && (
            <div style={TYPED_SPACING}>
              <TextInput
                autoFocus
                fullWidth
                label={`Type ${typedConfirmation} to confirm`}
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                autoComplete="off"
              />
            </div>
          )}
          {error}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            {cancelLabel}
          </Button>
          <Button type="submit" color="error" variant="contained" disabled={!confirmable}>
            {busy ? 'Working…' : confirmLabel}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
