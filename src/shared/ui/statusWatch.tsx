import { useEffect } from 'react';
import { create } from 'zustand';
import { showBrowserNotification } from '../lib/browserNotification';
import { isMoving } from '../lib/polling';
import { useToast } from './toast';

/**
 * Status changes the person caused (a create, a restart), followed until they finish, so the console
 * can say so: a toast always, and a browser notification for those who opted in.
 */
interface Watched {
  name: string;
  notify: boolean;
}

interface WatchState {
  watched: Record<string, Watched>;
  /** Whether browser notifications are wanted; asked for only when the person turns them on. */
  notify: boolean;
  watch: (id: string, name: string) => void;
  finish: (id: string) => Watched | undefined;
  setNotify: (notify: boolean) => void;
}

export const useStatusWatch = create<WatchState>()((set, get) => ({
  watched: {},
  notify: false,
  watch: (id, name) => set((s) => ({ watched: { ...s.watched, [id]: { name, notify: s.notify } } })),
  finish: (id) => {
    const entry = get().watched[id];
    if (entry) set((s) => ({ watched: Object.fromEntries(Object.entries(s.watched).filter(([key]) => key !== id)) }));
    return entry;
  },
  setNotify: (notify) => set({ notify }),
}));

const LABEL: Record<string, string> = { HEALTHY: 'healthy', UNHEALTHY: 'unhealthy', HIBERNATING: 'hibernating', UNKNOWN: 'in an unknown state' };

/** Announces when a watched Deployment among `deployments` stops CREATING or DEPLOYING. */
export function useAnnounceFinished(deployments: ReadonlyArray<{ id: string; name: string; status: string }> | undefined) {
  const watched = useStatusWatch((s) => s.watched);
  const show = useToast((s) => s.show);
  useEffect(() => {
    for (const d of deployments ?? []) {
      if (!watched[d.id] || isMoving(d.status)) continue;
      const entry = useStatusWatch.getState().finish(d.id);
      if (!entry) continue;
      const message = `${d.name} is ${LABEL[d.status] ?? d.status.toLowerCase()} now.`;
      show(message, d.status === 'HEALTHY' ? 'success' : 'warning');
      if (entry.notify) void showBrowserNotification('Flightdeck', { body: message, tag: `deployment-${d.id}` });
    }
  }, [deployments, watched, show]);
}
