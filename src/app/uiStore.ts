import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type ThemeChoice = 'light' | 'dark' | 'system';

interface UiState {
  theme: ThemeChoice;
  sidebarOpen: boolean;
  setTheme: (theme: ThemeChoice) => void;
  toggleSidebar: () => void;
}

/** UI preferences only: nothing here is server data or a secret, so localStorage is fine. */
export const useUi = create<UiState>()(
  persist(
    (set) => ({
      theme: 'system',
      sidebarOpen: true,
      setTheme: (theme) => set({ theme }),
      toggleSidebar: () => set((state) => ({ sidebarOpen: !state.sidebarOpen })),
    }),
    { name: 'flightdeck.ui' },
  ),
);
