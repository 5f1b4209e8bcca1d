import { create } from 'zustand';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

interface Toast {
  id: number;
  message: string;
  severity: 'success' | 'info' | 'warning' | 'error';
}

interface ToastState {
  current?: Toast;
  show: (message: string, severity?: Toast['severity']) => void;
  dismiss: () => void;
}

let nextId = 1;
export const useToast = create<ToastState>()((set) => ({
  show: (message, severity = 'success') => set({ current: { id: nextId++, message, severity } }),
  dismiss: () => set({ current: undefined }),
}));

/** The one place toasts appear; announced politely to screen readers by the Alert's status role. */
export function Toaster() {
  const { current, dismiss } = useToast();
  return (
    <Snackbar
      key={current?.id}
      open={Boolean(current)}
      autoHideDuration={6000}
      onClose={(_event, reason) => reason !== 'clickaway' && dismiss()}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
    >
      <Alert role="status" severity={current?.severity ?? 'info'} onClose={dismiss} variant="filled">
        {current?.message}
      </Alert>
    </Snackbar>
  );
}
