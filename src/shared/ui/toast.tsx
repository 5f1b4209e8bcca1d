import { create } from 'zustand';
import { lazy, Suspense } from 'react';
import type { ToastSeverity } from './ToastSnackbar';

export interface Toast {
  id: number;
  message: string;
  severity: ToastSeverity;
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

// The snackbar's code loads with the first toast, not with the first page.
const ToastSnackbar = lazy(() => import('./ToastSnackbar'));

/** The one place toasts appear; announced politely to screen readers. */
export function Toaster() {
  const { current, dismiss } = useToast();
  if (!current) return null;
  return (
    <Suspense fallback={null}>
      <ToastSnackbar key={current.id} message={current.message} severity={current.severity} onClose={dismiss} />
    </Suspense>
  );
}
