import { useCallback, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';

// What can take focus in a row. An element that said tabindex="-1" itself (not us) is not a stop.
const CONTROL = 'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]';
const OURS = 'data-roving';

function controlsOf(row: HTMLTableRowElement): HTMLElement[] {
  return [...row.querySelectorAll<HTMLElement>(CONTROL)].filter(
    (el) => !el.matches(':disabled') && (el.hasAttribute(OURS) || el.getAttribute('tabindex') !== '-1') && !el.closest('[aria-hidden="true"], [inert]'),
  );
}

// Keys that these elements use themselves: arrows move the caret in a text field, open a select.
function ownsArrows(el: HTMLElement): boolean {
  if (el.isContentEditable || el.matches('textarea, select, [role="combobox"], [role="slider"], [role="spinbutton"]')) return true;
  return el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(el.type);
}

const cellOf = (el: HTMLElement) => (el.closest('td, th') as HTMLTableCellElement | null)?.cellIndex ?? 0;

/** A row's control in the same column as `cell`, or its first. */
function pick(row: HTMLTableRowElement | undefined, cell: number): HTMLElement | undefined {
  if (!row) return undefined;
  const controls = controlsOf(row);
  return controls.find((el) => cellOf(el) === cell) ?? controls[0];
}

export interface RovingOptions {
  /** All rows, when only some are in the DOM (virtualised): their count, and how to bring one in (0-based). */
  rowCount?: number;
  scrollToRow?: (index: number) => void;
}

/**
 * One tab stop for a table's rows (a roving tabindex), instead of one per link and button: Tab reaches the
 * row last focused (the first at the start), Up and Down move between rows, Left and Right between the row's
 * controls, Home and End go to the first and last row, and Enter on a control that does nothing with it (a
 * status with a hint) opens the row's link. The table stays a table: screen readers read it cell by cell,
 * and every control is still reachable with their table keys.
 *
 * The cells are anyone's components, so the tab stops are set on the DOM after each change (a re-enabled
 * button resets its own tabindex); the elements it manages carry data-roving.
 */
export function useRovingRows({ rowCount, scrollToRow }: RovingOptions = {}) {
  const bodyRef = useRef<HTMLTableSectionElement | null>(null);
  const current = useRef<HTMLElement | null>(null);
  const last = useRef({ row: 0, cell: 0 });
  // A row asked for (Home/End in a virtualised table), focused once it is rendered: its aria-rowindex.
  const pending = useRef<{ rowIndex: number; cell: number } | null>(null);

  const rows = () => [...(bodyRef.current?.rows ?? [])].filter((r) => r.getAttribute('aria-hidden') !== 'true');
  const rowNumber = (row: HTMLTableRowElement, i: number) => Number(row.getAttribute('aria-rowindex') ?? i);

  const sync = useCallback(() => {
    const body = bodyRef.current;
    if (!body) return;
    const all = rows();
    if (pending.current) {
      const want = pending.current;
      const target = pick(
        all.find((r) => Number(r.getAttribute('aria-rowindex')) === want.rowIndex),
        want.cell,
      );
      if (target) {
        pending.current = null;
        target.focus();
        current.current = target;
      }
    }
    let stop = current.current && body.contains(current.current) ? current.current : null;
    const controls = all.flatMap(controlsOf);
    if (!stop || !controls.includes(stop)) {
      // Its row went away or was rewritten: the same place, else the nearest row still there.
      stop = pick(all[Math.min(last.current.row, all.length - 1)], last.current.cell) ?? controls[0] ?? null;
    }
    for (const el of controls) {
      const want = el === stop ? '0' : '-1';
      if (el.getAttribute('tabindex') !== want) el.setAttribute('tabindex', want);
      if (!el.hasAttribute(OURS)) el.setAttribute(OURS, '');
    }
  }, []);

  // After each render of the table, and after any change in the rows (a row's own re-render, a button enabled).
  useLayoutEffect(sync);
  const ref = useCallback(
    (body: HTMLTableSectionElement | null) => {
      bodyRef.current = body;
      if (!body) return;
      const observer = new MutationObserver(sync);
      observer.observe(body, { childList: true, subtree: true, attributes: true, attributeFilter: ['tabindex', 'disabled', 'href', 'aria-rowindex'] });
      return () => {
        observer.disconnect();
        bodyRef.current = null;
      };
    },
    [sync],
  );

  const onFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const el = event.target as HTMLElement;
    const row = el.closest('tr');
    if (!row || !event.currentTarget.contains(el) || !el.hasAttribute(OURS)) return;
    current.current = el;
    last.current = { row: rows().indexOf(row), cell: cellOf(el) };
    sync();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const el = event.target as HTMLElement;
    // React passes on keys from portals (a row's open menu): only the rows' own elements count.
    if (event.defaultPrevented || event.altKey || event.metaKey || !event.currentTarget.contains(el) || !el.hasAttribute(OURS)) return;
    const row = el.closest('tr')!;
    const all = rows();
    const at = all.indexOf(row);
    const inRow = controlsOf(row);
    const cell = cellOf(el);
    let to: HTMLElement | undefined;
    const edge = (index: number) => {
      // A virtualised table may not have that row in the DOM yet: scroll to it, then focus it.
      if (rowCount !== undefined && scrollToRow) {
        const rendered = all.find((r) => rowNumber(r, -1) === index + 2);
        if (!rendered) {
          pending.current = { rowIndex: index + 2, cell };
          scrollToRow(index);
          return undefined;
        }
        return pick(rendered, cell);
      }
      return pick(index === 0 ? all[0] : all.at(-1), cell);
    };
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (ownsArrows(el)) return;
        to = pick(all[at + (event.key === 'ArrowDown' ? 1 : -1)], cell);
        break;
      case 'ArrowRight':
      case 'ArrowLeft':
        if (ownsArrows(el)) return;
        to = inRow[inRow.indexOf(el) + (event.key === 'ArrowRight' ? 1 : -1)];
        break;
      case 'Home':
      case 'End':
        if (ownsArrows(el)) return;
        event.preventDefault();
        to = edge(event.key === 'Home' ? 0 : (rowCount ?? all.length) - 1);
        break;
      case 'Enter': {
        // Links, buttons and fields do their own thing with Enter.
        if (el.matches('a, button, input, select, textarea, [role="button"], [role="checkbox"]')) return;
        const link = row.querySelector<HTMLAnchorElement>('a[href]');
        if (!link) return;
        event.preventDefault();
        link.click();
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    to?.focus();
  };

  return { ref, onFocus, onKeyDown };
}
