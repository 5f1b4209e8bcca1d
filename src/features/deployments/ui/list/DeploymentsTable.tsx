import { memo, useLayoutEffect, useRef, type FocusEvent, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { styled } from '@mui/material/styles';
import { PlainTable as Table } from '../../../../shared/ui/PlainTable';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import type { Deployment } from '../../../../shared/api/types';
import { StatusBadge } from '../StatusBadge';
import { paths } from '../../../../shared/routes/paths';
import { sameItems, type SortKey } from '../../domain/deploymentView';
import { titleCase } from '../../../../shared/lib/format';

function where(d: Deployment): string {
  if (d.type === 'STANDARD' || (!d.clusterName && d.region)) return [d.cloudProvider, d.region].filter(Boolean).join(' · ');
  return d.clusterName ?? '—';
}

const Row = memo(function Row({ d, orgId }: { d: Deployment; orgId: string }) {
  return (
    <tr data-id={d.id}>
      <td>
        <StatusBadge status={d.status} reason={d.statusReason} />
      </td>
      <td>
        <a href={paths.deployment(orgId, d.workspaceId, d.id)}>{d.name}</a>
        <span className="sub">{d.namespace}</span>
      </td>
      <td>
        {d.astroRuntimeVersion}
        <span className="sub">Airflow {d.airflowVersion}</span>
      </td>
      <td>{titleCase(d.executor)}</td>
      <td>
        {titleCase(d.type)}
        <span className="sub">{where(d)}</span>
      </td>
      <td>
        <code>{d.imageTag || '—'}</code>
      </td>
    </tr>
  );
});

/**
 * Rows are keyed by position, so a search that swaps the page's rows rewrites the rows on screen instead of
 * building new ones. Then focus would stay on a position while another Deployment moves into it (a poll
 * re-sorts the list); this moves it to the same cell of the Deployment it was on, or to the table when that
 * Deployment left the page.
 */
function useFocusFollowsDeployment(rows: readonly Deployment[]) {
  const ref = useRef<HTMLTableSectionElement>(null);
  const focused = useRef<{ id: string; cell: number } | null>(null);
  useLayoutEffect(() => {
    const tbody = ref.current;
    const was = focused.current;
    // Focus still in the rows, or dropped to the page because its row went away.
    const active = document.activeElement;
    if (!tbody || !was || (active && active !== document.body && !tbody.contains(active))) return;
    const row = [...tbody.rows].find((r) => r.dataset.id === was.id);
    if (row?.contains(active)) return;
    const target = row?.cells[was.cell]?.querySelector<HTMLElement>('a, [tabindex="0"]') ?? tbody.closest('table');
    target?.focus();
  }, [rows]);
  const onFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const cell = (event.target as Element).closest('td');
    const id = cell?.parentElement?.dataset.id;
    focused.current = cell && id ? { id, cell: cell.cellIndex } : null;
  };
  const onBlur = (event: FocusEvent<HTMLTableSectionElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) focused.current = null;
  };
  return { ref, onFocus, onBlur };
}

// Fixed column widths: the columns stay put while a search swaps the rows, and the browser lays out a
// page of rows without measuring every cell first. Name takes the rest.
const COLUMNS: { label: string; sort?: SortKey; width?: number }[] = [
  { label: 'Status', sort: 'status', width: 150 },
  { label: 'Name', sort: 'name' },
  { label: 'Runtime', sort: 'runtime', width: 120 },
  { label: 'Executor', width: 120 },
  { label: 'Type and location', width: 180 },
  { label: 'Image tag', width: 250 },
];

// On a narrow screen the table scrolls sideways inside its frame instead of widening the page. Only
// there: a scroll container clips, and a wide screen should show a status reason's hint in full.
const Scroll = styled('div')(({ theme }) => ({ [theme.breakpoints.down('lg')]: { overflowX: 'auto' } }));
const FixedTable = styled(Table)({ tableLayout: 'fixed', minWidth: 960, '& td': { overflowWrap: 'anywhere' } });

/**
 * Re-renders only when the rows shown change (the same Deployment objects in the same order count as
 * unchanged), so a keystroke that leaves the first page as it was costs the table nothing.
 */
export const DeploymentsTable = memo(
  function DeploymentsTable({
    rows,
    orgId,
    sort,
    dir,
    onSort,
  }: {
    rows: readonly Deployment[];
    orgId: string;
    sort: SortKey;
    dir: 'asc' | 'desc';
    onSort: (sort: SortKey) => void;
  }) {
    const navigate = useNavigate();
    const focus = useFocusFollowsDeployment(rows);
    // Plain links and one click handler for the table, rather than a router Link (and its hooks) per row.
    // A plain left click stays in the app; other clicks (new tab, modifier keys) are the browser's.
    const onClick = (event: MouseEvent<HTMLTableSectionElement>) => {
      const link = (event.target as Element).closest('a');
      if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      void navigate(link.getAttribute('href')!);
    };
    return (
      <Scroll>
        <FixedTable aria-label="Deployments" tabIndex={-1}>
          <colgroup>
            {COLUMNS.map((column) => (
              <col key={column.label} style={column.width ? { width: column.width } : undefined} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column.label}
                  scope="col"
                  aria-sort={column.sort === sort ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {column.sort ? (
                    <button type="button" onClick={() => onSort(column.sort!)}>
                      {column.label}
                      <ArrowUpwardIcon aria-hidden />
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          {/* The links are what is interactive (Enter on one is a click too); this only routes their clicks. */}
          {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions */}
          <tbody {...focus} onClick={onClick}>
            {rows.map((d, i) => (
              <Row key={i} d={d} orgId={orgId} />
            ))}
          </tbody>
        </FixedTable>
      </Scroll>
    );
  },
  (before, after) =>
    sameItems(before.rows, after.rows) &&
    before.orgId === after.orgId &&
    before.sort === after.sort &&
    before.dir === after.dir &&
    before.onSort === after.onSort,
);
