import { createContext, useContext, useEffect, useMemo, useRef, type FocusEvent, type PointerEvent } from 'react';

/** Starts what a navigation to `href` needs (its route's code and data). The app provides it; without it, nothing. */
export const PrefetchContext = createContext<(href: string) => void>(() => {});

/** As long as react-router's framework mode waits (its `<Link prefetch="intent">`): a pointer passing over is no intent. */
export const INTENT_DELAY_MS = 100;

type IntentEvent = PointerEvent<HTMLElement> | FocusEvent<HTMLElement>;

/** The in-app link an event happened on, inside the element that listens. */
function linkOf(event: IntentEvent, target: EventTarget | null) {
  const link = target instanceof Element ? target.closest('a[href]') : null;
  return link instanceof HTMLAnchorElement && event.currentTarget.contains(link) && link.origin === window.location.origin ? link : null;
}

/**
 * Props for an element whose links prefetch their route when a person rests the pointer on one or focuses
 * it: one delegated listener for the whole element (a nav, a table), not one per link. Data mode has no
 * `<Link prefetch>`.
 */
export function usePrefetchOnIntent() {
  const prefetch = useContext(PrefetchContext);
  const pending = useRef<{ link: HTMLAnchorElement; timer: ReturnType<typeof setTimeout> } | null>(null);
  useEffect(() => () => clearTimeout(pending.current?.timer), []);
  return useMemo(() => {
    const cancel = () => {
      clearTimeout(pending.current?.timer);
      pending.current = null;
    };
    const start = (event: IntentEvent) => {
      const link = linkOf(event, event.target);
      if (!link || pending.current?.link === link) return;
      cancel();
      const href = link.pathname + link.search;
      pending.current = { link, timer: setTimeout(() => prefetch(href), INTENT_DELAY_MS) };
    };
    const leave = (event: IntentEvent) => {
      // Moving between the parts of one link (its icon, its text) is still resting on it.
      if (pending.current && linkOf(event, event.relatedTarget) !== pending.current.link) cancel();
    };
    return { onPointerOver: start, onPointerOut: leave, onFocus: start, onBlur: leave };
  }, [prefetch]);
}
