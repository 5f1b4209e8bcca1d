import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

export type ToastSeverity = 'success' | 'info' | 'warning' | 'error';

export default function ToastSnackbar({
  message,
  severity,
  more,
  onClose,
}: {
  message: string;
  severity: ToastSeverity;
  /** How many messages wait behind this one. */
  more: number;
  onClose: () => void;
}) {
  return (
    <Snackbar
      open
      autoHideDuration={6000}
      onClose={(_event, reason) => reason !== 'clickaway' && onClose()}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
    >
      <Alert role="status" severity={severity} onClose={onClose} variant="filled">
        {message}
        {more > 0 && <span style={{ opacity: 0.8 }}> ({more} more)</span>}
      </Alert>
    </Snackbar>
  );
}
