import { memo, useRef } from 'react';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlined';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import UndoIcon from '@mui/icons-material/Undo';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Tooltip } from '../../../shared/ui/Tooltip';
import type { EnvVar } from '../domain/envDiff';
import type { EnvProblem } from '../domain/envKeys';
import { formatDate } from '../../../shared/lib/time';

export type RowState = 'new' | 'changed' | 'removed' | 'saved';

export interface DisplayRow {
  key: string;
  /** The row as edited; for a removed row, the server's row. */
  v: EnvVar;
  state: RowState;
  problems?: EnvProblem[];
}

const ROW_HEIGHT = 53;
const HEIGHT = 560;

/**
 * The variables, virtualised: only the rows in view are in the DOM, so a thousand variables scroll and
 * filter smoothly. Spacer rows keep the scroll height right and are hidden from assistive technology.
 */
export function EnvTable({
  rows,
  onEdit,
  onDelete,
  onRevert,
}: {
  rows: DisplayRow[];
  onEdit: (key: string) => void;
  onDelete: (key: string) => void;
  onRevert: (key: string) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 1000, height: HEIGHT },
    // Before layout (or without one, as in jsdom) the box measures 0: render a screenful, not nothing.
    observeElementRect: (instance, cb) => observeElementRect(instance, (rect) => cb(rect.height ? rect : { width: rect.width, height: HEIGHT })),
    getItemKey: (i) => rows[i]!.key,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <Paper variant="outlined">
      <Box ref={scrollRef} sx={{ maxHeight: HEIGHT, overflow: 'auto' }} tabIndex={0} role="region" aria-label="Environment variables, scrollable">
        <Table size="small" stickyHeader aria-label="Environment variables" aria-rowcount={rows.length + 1} sx={{ tableLayout: 'fixed' }}>
          <TableHead>
            <TableRow aria-rowindex={1}>
              <TableCell sx={{ width: '32%' }}>Key</TableCell>
              <TableCell>Value</TableCell>
              <TableCell sx={{ width: 90 }}>Secret</TableCell>
              <TableCell sx={{ width: 190 }}>Last updated</TableCell>
              <TableCell sx={{ width: 136 }}>
                <span className="visually-hidden">Actions</span>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {top > 0 && <tr aria-hidden="true" style={{ height: top }} />}
            {items.map((item) => {
              const row = rows[item.index]!;
              return <EnvRow key={row.key} row={row} index={item.index} onEdit={onEdit} onDelete={onDelete} onRevert={onRevert} />;
            })}
            {bottom > 0 && <tr aria-hidden="true" style={{ height: bottom }} />}
          </TableBody>
        </Table>
      </Box>
    </Paper>
  );
}

const STATE_CHIP: Record<Exclude<RowState, 'saved'>, { label: string; color: 'success' | 'warning' | 'error' }> = {
  new: { label: 'new', color: 'success' },
  changed: { label: 'changed', color: 'warning' },
  removed: { label: 'removed', color: 'error' },
};

const EnvRow = memo(function EnvRow({
  row,
  index,
  onEdit,
  onDelete,
  onRevert,
}: {
  row: DisplayRow;
  index: number;
  onEdit: (key: string) => void;
  onDelete: (key: string) => void;
  onRevert: (key: string) => void;
}) {
  const { v, state, problems = [] } = row;
  const removed = state === 'removed';
  const worst = problems.find((p) => p.severity === 'error') ?? problems.find((p) => p.severity === 'warning') ?? problems[0];
  const Icon = worst?.severity === 'error' ? ErrorOutlineIcon : worst?.severity === 'warning' ? WarningAmberIcon : InfoOutlinedIcon;
  return (
    <TableRow aria-rowindex={index + 2} sx={{ height: ROW_HEIGHT, ...(removed ? { '& td': { color: 'text.disabled' }, '& code': { textDecoration: 'line-through' } } : {}) }}>
      <TableCell>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, minWidth: 0 }}>
          <Tooltip title={v.key}>
            {() => (
              <Typography component="code" noWrap sx={{ fontFamily: 'monospace', fontSize: '0.875rem' }}>
                {v.key}
              </Typography>
            )}
          </Tooltip>
          {state !== 'saved' && <Chip size="small" variant="outlined" label={STATE_CHIP[state].label} color={STATE_CHIP[state].color} />}
          {worst && (
            <Tooltip title={problems.map((p) => p.message).join(' ')}>
              {(describedBy) => (
                <Icon
                  fontSize="small"
                  tabIndex={0}
                  color={worst.severity === 'error' ? 'error' : worst.severity === 'warning' ? 'warning' : 'info'}
                  aria-label={worst.severity === 'info' ? 'Note' : worst.severity === 'error' ? 'Error' : 'Warning'}
                  aria-describedby={describedBy}
                  role="img"
                  aria-hidden={false}
                />
              )}
            </Tooltip>
          )}
        </Box>
      </TableCell>
      <TableCell>
        {v.isSecret ? (
          <Chip size="small" icon={<LockOutlinedIcon />} label={v.value !== undefined ? 'secret · new value' : 'secret · hidden'} />
        ) : (
          <Tooltip title={v.value}>
            {() => (
              <Typography component="code" noWrap sx={{ display: 'block', fontFamily: 'monospace', fontSize: '0.875rem' }}>
                {v.value}
              </Typography>
            )}
          </Tooltip>
        )}
      </TableCell>
      <TableCell>{v.isSecret ? 'Yes' : 'No'}</TableCell>
      <TableCell>{v.updatedAt ? formatDate(v.updatedAt) : <Typography variant="body2" color="text.secondary">not applied</Typography>}</TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        {state !== 'saved' && (
          <Tooltip title="Undo changes">
            {() => (
              <IconButton size="small" aria-label={`Undo changes to ${v.key}`} onClick={() => onRevert(v.key)}>
                <UndoIcon fontSize="small" />
              </IconButton>
            )}
          </Tooltip>
        )}
        {!removed && (
          <>
            <Tooltip title="Edit">
              {() => (
                <IconButton size="small" aria-label={`Edit ${v.key}`} onClick={() => onEdit(v.key)}>
                  <EditOutlinedIcon fontSize="small" />
                </IconButton>
              )}
            </Tooltip>
            <Tooltip title="Delete">
              {() => (
                <IconButton size="small" aria-label={`Delete ${v.key}`} onClick={() => onDelete(v.key)}>
                  <DeleteOutlineIcon fontSize="small" />
                </IconButton>
              )}
            </Tooltip>
          </>
        )}
      </TableCell>
    </TableRow>
  );
});
