import { memo } from 'react';
import { styled } from '@mui/material/styles';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { oncePerTheme } from './oncePerTheme';
import { SelectField } from './SelectField';

// Plain elements styled once per theme: a list re-renders its pager on every keystroke that changes the
// count, so it should cost next to nothing.
const Nav = styled('nav')(
  oncePerTheme((theme) => ({
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'flex-end',
    gap: theme.spacing(2),
    padding: theme.spacing(1, 2),
    fontSize: '0.875rem',
    '& button': {
      display: 'inline-flex',
      alignItems: 'center',
      justifyContent: 'center',
      width: 40,
      height: 40,
      padding: 0,
      border: 0,
      borderRadius: '50%',
      background: 'none',
      color: theme.palette.action.active,
      cursor: 'pointer',
      '&:hover:not(:disabled)': { background: theme.palette.action.hover },
      '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}` },
      '&:disabled': { color: theme.palette.action.disabled, cursor: 'default' },
      '& svg': { fontSize: 24 },
    },
  })),
);

// Made once: React skips re-rendering an element it has already rendered in the same place.
const PREVIOUS = <ChevronLeftIcon />;
const NEXT = <ChevronRightIcon />;

const PageSize = memo(function PageSize({
  pageSize,
  pageSizes,
  onPageSize,
}: {
  pageSize: number;
  pageSizes: readonly number[];
  onPageSize: (size: number) => void;
}) {
  return (
    <SelectField label="Rows per page" value={String(pageSize)} onChange={(size) => onPageSize(Number(size))}>
      {pageSizes.map((size) => (
        <option key={size} value={size}>
          {size}
        </option>
      ))}
    </SelectField>
  );
});

/** Page controls for client-side lists: rows per page, the range shown, previous and next. */
export function Pager({
  count,
  page,
  pageSize,
  pageSizes,
  onPage,
  onPageSize,
}: {
  count: number;
  page: number;
  pageSize: number;
  pageSizes: readonly number[];
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}) {
  const first = count === 0 ? 0 : page * pageSize + 1;
  const last = Math.min(count, (page + 1) * pageSize);
  return (
    <Nav aria-label="Pages">
      <PageSize pageSize={pageSize} pageSizes={pageSizes} onPageSize={onPageSize} />
      {/* Not live: the list says the count and range once, in its own status line. */}
      <span>
        {first}–{last} of {count}
      </span>
      <button type="button" aria-label="Previous page" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {PREVIOUS}
      </button>
      <button type="button" aria-label="Next page" disabled={last >= count} onClick={() => onPage(page + 1)}>
        {NEXT}
      </button>
    </Nav>
  );
}
