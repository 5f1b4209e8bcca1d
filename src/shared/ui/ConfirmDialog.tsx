import { useState, type ReactNode } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { TextInput } from './TextInput';

const TYPED_SPACING = { margin: '16px 0 8px' };

/**
 * Confirms a destructive action. With `typedConfirmation`, the person must type that text exactly,
 * so a stray click cannot delete anything.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
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
  typedConfirmation?: string;
  busy?: boolean;
  /** Keeps the confirm button disabled, e.g. while the action is not allowed at all. */
  blocked?: boolean;
  error?: ReactNode;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const [typed, setTyped] = useState('');
  const ready = !typedConfirmation || typed === typedConfirmation;
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} aria-labelledby="confirm-title" slotProps={{ transition: { onExited: () => setTyped('') } }}>
      <DialogTitle id="confirm-title">{title}</DialogTitle>
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
          Cancel
        </Button>
        <Button color="error" variant="contained" disabled={!ready || busy || blocked} onClick={onConfirm}>
          {busy ? 'Working…' : confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
