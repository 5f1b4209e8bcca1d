import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';

/**
 * What the search box shows, held outside the page's state: a keystroke re-renders the components that
 * subscribe (the box and the results), not the page with its header, filters and pager.
 */
export interface SearchText {
  get(): string;
  set(text: string): void;
  subscribe(listener: () => void): () => void;
}

function createSearchText(initial: string): SearchText {
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

/**
 * The search box and its way into the URL. The box shows each keystroke at once; `write` puts the text in
 * the URL when typing pauses. When the URL's `q` changes, the box follows it unless that change is our own
 * write catching up: typing may have gone on meanwhile, and the router renders that write later (in a
 * transition), so following it would take the newer keystrokes back out of the box. Any other change (back,
 * forward, a link) replaces the box's text and drops a pending write.
 */
export function useSearchBox(urlQ: string, write: (q: string) => void, delayMs: number) {
  const [text] = useState(() => createSearchText(urlQ));
  const timer = useRef<number>(undefined);
  // The q last seen in the URL, and the one we wrote and have not seen rendered yet.
  const seen = useRef(urlQ);
  const written = useRef<string | null>(null);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  useLayoutEffect(() => {
    if (urlQ === seen.current) return;
    seen.current = urlQ;
    if (urlQ === written.current) {
      written.current = null;
      return;
    }
    written.current = null;
    window.clearTimeout(timer.current);
    text.set(urlQ);
  }, [text, urlQ]);

  const onSearch = useCallback(
    (q: string) => {
      text.set(q);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        if (q === (written.current ?? seen.current)) return; // typed and erased: the URL already says so
        written.current = q;
        write(q);
      }, delayMs);
    },
    [text, write, delayMs],
  );

  /** Sets the box (and drops a pending write), for a change made elsewhere such as "Clear filters". */
  const reset = useCallback(
    (q: string) => {
      window.clearTimeout(timer.current);
      written.current = null;
      text.set(q);
    },
    [text],
  );

  return { text, onSearch, reset };
}
