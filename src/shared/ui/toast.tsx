import { create } from 'zustand';
import { lazy, Suspense } from 'react';
import type { ToastSeverity } from './ToastSnackbar';

export interface Toast {
  id: number;
  message: string;
  severity: ToastSeverity;
}

/** More waiting than this means something loops; the oldest go, the newest (the state now) stay. */
const MAX_WAITING = 5;

interface ToastState {
  /** Shown one at a time, oldest first, each for its full time: "Saved." is read before the next one. */
  queue: Toast[];
  show: (message: string, severity?: ToastSeverity) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;
export const useToast = create<ToastState>()((set) => ({
  queue: [],
  show: (message, severity = 'success') =>
    set(({ queue }) => {
      // The same words twice in a row (two tabs saving, a retry) say nothing new.
      if (queue.at(-1)?.message === message && queue.at(-1)?.severity === severity) return { queue };
      const next = [...queue, { id: nextId++, message, severity }];
      return { queue: next.length > MAX_WAITING ? [next[0]!, ...next.slice(-(MAX_WAITING - 1))] : next };
    }),
  dismiss: (id) => set(({ queue }) => ({ queue: queue.filter((toast) => toast.id !== id) })),
}));

/** The toast on screen now, if any. */
export const currentToast = (): Toast | undefined => useToast.getState().queue[0];

// The snackbar's code loads with the first toast, not with the first page.
const ToastSnackbar = lazy(() => import('./ToastSnackbar'));

/** The one place toasts appear; announced politely to screen readers. */
export function Toaster() {
  const current = useToast((s) => s.queue[0]);
  const dismiss = useToast((s) => s.dismiss);
  const waiting = useToast((s) => s.queue.length - 1);
  if (!current) return null;
  return (
    <Suspense fallback={null}>
      <ToastSnackbar key={current.id} message={current.message} severity={current.severity} more={waiting} onClose={() => dismiss(current.id)} />
    </Suspense>
  );
}
