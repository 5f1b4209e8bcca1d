import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { styled } from '@mui/material/styles';
import { oncePerTheme } from './oncePerTheme';

// The console's one tooltip. It opens in the browser's top layer (the Popover API), so no scroll container
// or stacking context clips it, and it meets WCAG 1.4.13: Escape dismisses it, the pointer can move onto it
// without it closing, and it stays until the pointer or focus leaves. It is cheap enough for every row of a
// long list: no positioning library, and nothing runs until it opens.

const GAP = 6;
/** Moving from the trigger onto the tip crosses a gap; closing waits this long for the pointer to arrive. */
const CLOSE_DELAY_MS = 120;

const Wrap = styled('span')(
  oncePerTheme((theme) => ({
    display: 'inline-flex',
    '& > [role="tooltip"]': {
      position: 'fixed',
      inset: 'auto',
      margin: 0,
      border: 0,
      width: 'max-content',
      maxWidth: 320,
      padding: '4px 8px',
      borderRadius: 4,
      fontSize: '0.75rem',
      lineHeight: 1.4,
      overflow: 'visible',
      color: theme.palette.common.white,
      background: theme.palette.grey[800],
      zIndex: theme.zIndex.tooltip,
    },
    // Where the Popover API is missing, data-open alone shows the tip (fixed, so still above most clipping).
    '& > [role="tooltip"]:not([data-open])': { display: 'none' },
    '& > [role="tooltip"][data-open]': { display: 'block' },
  })),
);

// Set only where the API exists: without it, a `popover` attribute could hide the tip for good (jsdom does).
const POPOVER = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype ? 'manual' : undefined;

/**
 * Closes the tip open now. One at a time, as native tooltips are: otherwise a tip kept open by focus (a
 * clicked badge) and the one under the pointer, or one still waiting out its close delay, stack up in a list.
 */
let closeOpenTip: (() => void) | undefined;

/** Places the tip above its trigger (below when there is no room), inside the viewport. */
function place(tip: HTMLElement, trigger: HTMLElement) {
  const anchor = trigger.getBoundingClientRect();
  const { width, height } = tip.getBoundingClientRect();
  const above = anchor.top - height - GAP;
  const top = above >= 0 ? above : anchor.bottom + GAP;
  const left = Math.max(GAP, Math.min(anchor.left, window.innerWidth - width - GAP));
  tip.style.top = `${top}px`;
  tip.style.left = `${left}px`;
}

/**
 * A short hint for `children`, shown on hover and keyboard focus. `children` gets the tip's id, to put in
 * aria-describedby when the hint adds to the element's name (a status reason), not when it repeats it.
 */
export function Tooltip({ title, children }: { title: ReactNode; children: (describedBy: string) => ReactElement }) {
  const id = useId();
  const wrap = useRef<HTMLSpanElement>(null);
  const tip = useRef<HTMLSpanElement>(null);
  const closing = useRef<number | undefined>(undefined);
  const [open, setOpen] = useState(false);

  const close = useCallback(() => {
    window.clearTimeout(closing.current);
    setOpen(false);
  }, []);
  const show = useCallback(() => {
    window.clearTimeout(closing.current);
    if (closeOpenTip !== close) closeOpenTip?.();
    closeOpenTip = close;
    setOpen(true);
  }, [close]);
  const hideSoon = useCallback(() => {
    window.clearTimeout(closing.current);
    closing.current = window.setTimeout(() => setOpen(false), CLOSE_DELAY_MS);
  }, []);
  useEffect(() => {
    if (!open) return;
    return () => {
      if (closeOpenTip === close) closeOpenTip = undefined;
    };
  }, [open, close]);
  useEffect(() => () => window.clearTimeout(closing.current), []);

  useLayoutEffect(() => {
    const el = tip.current;
    if (!el || !wrap.current) return;
    if (!open) {
      if (POPOVER && el.matches(':popover-open')) el.hidePopover();
      return;
    }
    if (POPOVER) el.showPopover();
    place(el, wrap.current.firstElementChild instanceof HTMLElement ? wrap.current.firstElementChild : wrap.current);
  }, [open, title]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    // A scroll moves the trigger away from a fixed tip; closing is what native tooltips do too.
    const onScroll = () => setOpen(false);
    document.addEventListener('keydown', onKey);
    window.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => {
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', onScroll, { capture: true });
    };
  }, [open]);

  const trigger = children(id);
  // A tip that describes its trigger is always in the DOM, for the accessible description; one that only
  // repeats what is there (a clipped text, an icon's label) is filled when it opens, so the text is not twice
  // in the row (for copy, find in page and textContent).
  const describes = (trigger.props as { 'aria-describedby'?: string })['aria-describedby'] === id;
  return (
    <Wrap ref={wrap} onPointerEnter={show} onPointerLeave={hideSoon} onFocus={show} onBlur={hideSoon}>
      {trigger}
      <span ref={tip} role="tooltip" id={id} popover={POPOVER} data-open={open || undefined}>
        {describes || open ? title : null}
      </span>
    </Wrap>
  );
}
