import type { KeyboardEvent } from 'react';
import { Link as RouterLink } from '../routes/Link';
import { styled } from '@mui/material/styles';

const List = styled('div')(({ theme }) => ({
  display: 'flex',
  overflowX: 'auto',
  borderBottom: `1px solid ${theme.palette.divider}`,
  '& a': {
    padding: '12px 16px',
    fontSize: '0.875rem',
    fontWeight: 500,
    whiteSpace: 'nowrap',
    textDecoration: 'none',
    color: theme.palette.text.secondary,
    borderBottom: '2px solid transparent',
    marginBottom: -1,
    '&:hover': { color: theme.palette.text.primary },
    '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: -2 },
  },
  '& a[aria-selected="true"]': { color: theme.palette.primary.main, borderBottomColor: theme.palette.primary.main },
}));

export interface TabLink {
  value: string;
  label: string;
  to: string;
}

export const tabId = (value: string) => `tab-${value}`;

/**
 * Tabs that are links, so each section has its own URL: a tablist with one tab in the Tab order (the
 * selected one) and arrow keys, Home and End to move between them, as the ARIA tabs pattern asks. Enter
 * follows the link. Plain CSS, so the page does not download MUI's Tabs.
 */
export function TabLinks({ label, tabs, selected }: { label: string; tabs: TabLink[]; selected?: string }) {
  const focusable = tabs.some((t) => t.value === selected) ? selected : tabs[0]?.value;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]')];
    const at = all.indexOf(document.activeElement as HTMLElement);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: all.length - 1 }[event.key];
    if (next === undefined || at < 0) return;
    event.preventDefault();
    all[(next + all.length) % all.length]?.focus();
  };
  return (
    <List role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((t) => (
        <RouterLink key={t.value} id={tabId(t.value)} role="tab" to={t.to} aria-selected={t.value === selected} tabIndex={t.value === focusable ? 0 : -1}>
          {t.label}
        </RouterLink>
      ))}
    </List>
  );
}
