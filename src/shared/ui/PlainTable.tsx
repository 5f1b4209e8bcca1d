import { styled } from '@mui/material/styles';
import { oncePerTheme } from './oncePerTheme';

/**
 * A table styled once with CSS: rows are bare DOM, not MUI components, so long lists render fast and the
 * first visit does not pay for MUI's Table. Use `.sub` for a second, quieter line in a cell.
 * Positioned, so the browser paints it as a layer of its own: a change elsewhere on the page (a keystroke
 * in a search box, a ticking "Updated 3 s ago") then repaints that change, not every row as well.
 */
export const PlainTable = styled('table')(
  oncePerTheme((theme) => ({
    position: 'relative',
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: '0.875rem',
    '& th, & td': { padding: '8px 16px', textAlign: 'left', borderBottom: `1px solid ${theme.palette.divider}`, verticalAlign: 'middle' },
    '& th': { fontWeight: 500, color: theme.palette.text.primary },
    '& tbody tr:hover': { backgroundColor: theme.palette.action.hover },
    '& .num': { textAlign: 'right' },
    '& .clip': { maxWidth: 360, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', color: theme.palette.text.secondary },
    '& .sub': { display: 'block', fontSize: '0.75rem', color: theme.palette.text.secondary },
    '& a': { color: theme.palette.primary.main, fontWeight: 600 },
    '& th button': {
      all: 'unset',
      cursor: 'pointer',
      display: 'inline-flex',
      alignItems: 'center',
      gap: 4,
      '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}` },
      '& svg': { fontSize: 16, opacity: 0, transition: 'transform 150ms' },
      '&:hover svg': { opacity: 0.5 },
    },
    '& th[aria-sort] button svg': { opacity: 1 },
    '& th[aria-sort="descending"] button svg': { transform: 'rotate(180deg)' },
  })),
);
