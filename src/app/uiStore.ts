import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type ThemeChoice = 'light' | 'dark' | 'system';

/** Where the person last was in the Organization (ids only). */
export interface Place {
  organizationId?: string;
  workspaceId?: string;
}

interface UiState {
  theme: ThemeChoice;
  sidebarOpen: boolean;
  /** Kept in memory only: ids from another connection (demo or live) must not come back after a reload. */
  lastPlace: Place;
  setTheme: (theme: ThemeChoice) => void;
  toggleSidebar: () => void;
  setLastPlace: (place: Place) => void;
}

/** UI preferences only: nothing here is server data or a secret, so localStorage is fine. */
export const useUi = create<UiState>()(
  persist(
    (set) => ({
      theme: 'system',
      sidebarOpen: true,
      lastPlace: {},
      setTheme: (theme) => set({ theme }),
      toggleSidebar: () => set((state) => ({ sidebarOpen: !state.sidebarOpen })),
      setLastPlace: (lastPlace) => set({ lastPlace }),
    }),
    { name: 'flightdeck.ui', partialize: ({ theme, sidebarOpen }) => ({ theme, sidebarOpen }) },
  ),
);
