import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type ConnectionMode = 'demo' | 'live';

/** Demo mode is only possible when the build carries the mock backend (dev and demo builds). */
export const demoAvailable = import.meta.env.DEV || import.meta.env.VITE_DEMO === 'true';

const DEFAULT_LIVE_URL = 'https://api.astronomer.io/v1';

interface ConnectionState {
  mode: ConnectionMode;
  /** Upstream Astro API base URL, used in live mode only. */
  baseUrl: string;
  /** API token for live mode. Lives in sessionStorage at most: it dies with the tab. */
  token: string;
  setLive: (baseUrl: string, token: string) => void;
  setDemo: () => void;
}

// sessionStorage, never localStorage: a token must not outlive the tab (architecture.md, live mode).
export const useConnection = create<ConnectionState>()(
  persist(
    (set) => ({
      mode: demoAvailable ? 'demo' : 'live',
      baseUrl: DEFAULT_LIVE_URL,
      token: '',
      setLive: (baseUrl, token) => set({ mode: 'live', baseUrl, token }),
      setDemo: () => set({ mode: demoAvailable ? 'demo' : 'live', token: '' }),
    }),
    {
      name: 'flightdeck.connection',
      storage: createJSONStorage(() => sessionStorage),
      partialize: ({ mode, baseUrl, token }) => ({ mode, baseUrl, token }),
    },
  ),
);

export function isDemoMode(): boolean {
  return useConnection.getState().mode === 'demo';
}
