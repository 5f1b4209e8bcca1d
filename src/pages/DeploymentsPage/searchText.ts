import { useSyncExternalStore } from 'react';

/**
 * What the search box shows, held outside the page's state: a keystroke re-renders the components that
 * subscribe (the box and the results), not the page with its header, filters and pager.
 */
export interface SearchText {
  get(): string;
  set(text: string): void;
  subscribe(listener: () => void): () => void;
}

export function createSearchText(initial: string): SearchText {
  let text = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => text,
    set(next) {
      if (next === text) return;
      text = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

export function useSearchText(store: SearchText): string {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
