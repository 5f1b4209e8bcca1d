import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { SelectField } from './SelectField';

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
    <Stack direction="row" spacing={2} component="nav" aria-label="Pages" sx={{ alignItems: 'center', justifyContent: 'flex-end', px: 2, py: 1 }}>
      <SelectField label="Rows per page" value={String(pageSize)} onChange={(size) => onPageSize(Number(size))}>
        {pageSizes.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </SelectField>
      {/* Not live: the list says the count and range once, in its own status line. */}
      <Typography variant="body2">
        {first}–{last} of {count}
      </Typography>
      <IconButton aria-label="Previous page" disabled={page === 0} onClick={() => onPage(page - 1)}>
        <ChevronLeftIcon />
      </IconButton>
      <IconButton aria-label="Next page" disabled={last >= count} onClick={() => onPage(page + 1)}>
        <ChevronRightIcon />
      </IconButton>
    </Stack>
  );
}
