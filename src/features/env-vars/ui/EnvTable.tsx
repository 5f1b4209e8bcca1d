import { useMemo } from 'react';
import { styled } from '@mui/material/styles';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlined';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import UndoIcon from '@mui/icons-material/Undo';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import type { Column, RowAttributes, TableSort } from '../../../shared/ui/DataTable';
import { Tooltip } from '../../../shared/ui/Tooltip';
import { VirtualDataTable } from '../../../shared/ui/VirtualDataTable';
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

export type EnvSort = 'order' | 'key';

interface RowActions {
  onEdit: (key: string) => void;
  onDelete: (key: string) => void;
  onRevert: (key: string) => void;
}

function envColumns({ onEdit, onDelete, onRevert }: RowActions): Column<DisplayRow, EnvSort>[] {
  return [
    { header: 'Key', sort: 'key', width: '32%', cell: (row) => <KeyCell row={row} /> },
    { header: 'Value', cell: ({ v }) => <ValueCell v={v} /> },
    { header: 'Secret', width: 90, cell: ({ v }) => (v.isSecret ? 'Yes' : 'No') },
    { header: 'Last updated', width: 190, cell: ({ v }) => (v.updatedAt ? formatDate(v.updatedAt) : <span className="sub">not applied</span>) },
    {
      header: 'Actions',
      hideHeader: true,
      width: 136,
      className: 'actions',
      cell: ({ v, state }) => (
        <>
          {state !== 'saved' && (
            <Tooltip title="Undo changes">
              {() => (
                <IconButton size="small" aria-label={`Undo changes to ${v.key}`} onClick={() => onRevert(v.key)}>
                  <UndoIcon fontSize="small" />
                </IconButton>
              )}
            </Tooltip>
          )}
          {state !== 'removed' && (
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
        </>
      ),
    },
  ];
}

const rowKey = (row: DisplayRow) => row.key;
const rowAttributes = (row: DisplayRow): RowAttributes => ({ className: row.state === 'removed' ? 'removed' : undefined });

const Frame = styled(Paper)(({ theme }) => ({
  '& tr.removed td': { color: theme.palette.text.disabled },
  '& tr.removed code': { textDecoration: 'line-through' },
}));

/**
 * The variables, virtualised (a thousand of them scroll and filter smoothly), sortable by key. Rows
 * re-render only when they change: the callbacks must be stable.
 */
export function EnvTable({ rows, sort, onEdit, onDelete, onRevert }: { rows: DisplayRow[]; sort: TableSort<EnvSort> } & RowActions) {
  const columns = useMemo(() => envColumns({ onEdit, onDelete, onRevert }), [onEdit, onDelete, onRevert]);
  return (
    <Frame variant="outlined">
      <VirtualDataTable
        aria-label="Environment variables"
        columns={columns}
        rows={rows}
        rowKey={rowKey}
        rowAttributes={rowAttributes}
        sort={sort}
        rowHeight={ROW_HEIGHT}
        height={HEIGHT}
      />
    </Frame>
  );
}

const STATE_CHIP: Record<Exclude<RowState, 'saved'>, { label: string; color: 'success' | 'warning' | 'error' }> = {
  new: { label: 'new', color: 'success' },
  changed: { label: 'changed', color: 'warning' },
  removed: { label: 'removed', color: 'error' },
};

function KeyCell({ row: { v, state, problems = [] } }: { row: DisplayRow }) {
  const worst = problems.find((p) => p.severity === 'error') ?? problems.find((p) => p.severity === 'warning') ?? problems[0];
  const Icon = worst?.severity === 'error' ? ErrorOutlineIcon : worst?.severity === 'warning' ? WarningAmberIcon : InfoOutlinedIcon;
  return (
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
  );
}

function ValueCell({ v }: { v: EnvVar }) {
  return v.isSecret ? (
    <Chip size="small" icon={<LockOutlinedIcon />} label={v.value !== undefined ? 'secret · new value' : 'secret · hidden'} />
  ) : (
    <Tooltip title={v.value}>
      {() => (
        <Typography component="code" noWrap sx={{ display: 'block', fontFamily: 'monospace', fontSize: '0.875rem' }}>
          {v.value}
        </Typography>
      )}
    </Tooltip>
  );
}
