import { styled } from '@mui/material/styles';
import { oncePerTheme } from './oncePerTheme';

/**
 * The table styles, set once per theme with CSS: rows are bare DOM, not MUI components, so long lists render
 * fast and the first visit does not pay for MUI's Table. Cell classes: `.num` (right-aligned), `.clip` (one
 * ellipsed line), `.nowrap`, `.top` (top-aligned), `.sub` (a second, quieter line), `.actions` (buttons at
 * the end). Positioned, so the browser paints it as a layer of its own: a change elsewhere on the page (a
 * keystroke in a search box, a ticking "Updated 3 s ago") then repaints that change, not every row as well.
 * Its own module: a page with a plain table (the overview's queues) does not load DataTable's rows and header.
 */
export const TableFrame = styled('table')(
  oncePerTheme((theme) => ({
    position: 'relative',
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: '0.875rem',
    '& th, & td': { padding: '6px 16px', textAlign: 'left', borderBottom: `1px solid ${theme.palette.divider}`, verticalAlign: 'middle' },
    '& th': { fontWeight: 500, color: theme.palette.text.primary },
    '& thead th': { background: theme.palette.background.paper },
    '&.sticky thead th': { position: 'sticky', top: 0, zIndex: 1 },
    '& tbody tr:hover': { backgroundColor: theme.palette.action.hover },
    '& tbody tr.selected': { backgroundColor: theme.palette.action.selected },
    '& .num': { textAlign: 'right' },
    '& .clip': { maxWidth: 360, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
    '& td.clip': { color: theme.palette.text.secondary },
    '& .nowrap': { whiteSpace: 'nowrap' },
    '& .top': { verticalAlign: 'top' },
    '& .actions': { textAlign: 'right', whiteSpace: 'nowrap' },
    '& .sub': { display: 'block', fontSize: '0.75rem', color: theme.palette.text.secondary },
    '& .mono': { fontFamily: 'monospace' },
    '& a': { color: theme.palette.primary.main, fontWeight: 600 },
    '& th button.sort': {
      all: 'unset',
      cursor: 'pointer',
      display: 'inline-flex',
      alignItems: 'center',
      gap: 4,
      '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}` },
      '& svg': { fontSize: 16, opacity: 0, transition: 'transform 150ms' },
      '&:hover svg': { opacity: 0.5 },
    },
    '& th[aria-sort] button.sort svg': { opacity: 1 },
    '& th[aria-sort="descending"] button.sort svg': { transform: 'rotate(180deg)' },
  })),
);
