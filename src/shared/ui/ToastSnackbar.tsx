import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
export type ToastSeverity = 'success' | 'info' | 'warning' | 'error';

export default function ToastSnackbar({ message, severity, onClose }: { message: string; severity: ToastSeverity; onClose: () => void }) {
  return (
    <Snackbar
      open
      autoHideDuration={6000}
      onClose={(_event, reason) => reason !== 'clickaway' && onClose()}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
    >
      <Alert role="status" severity={severity} onClose={onClose} variant="filled">
        {message}
      </Alert>
    </Snackbar>
  );
}
