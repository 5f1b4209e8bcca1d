import { memo, useLayoutEffect, useMemo, useRef, type FocusEvent, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { styled } from '@mui/material/styles';
import { DataTable, type Column, type RowAttributes } from '../../../../shared/ui/DataTable';
import type { Deployment } from '../../../../shared/api/types';
import { StatusBadge } from '../StatusBadge';
import { paths } from '../../../../shared/routes/paths';
import { sameItems, type SortKey } from '../../domain/deploymentView';
import { providerName, titleCase } from '../../../../shared/lib/format';

function where(d: Deployment): string {
  if (d.type === 'STANDARD' || (!d.clusterName && d.region)) return [providerName(d.cloudProvider), d.region].filter(Boolean).join(' · ');
  return d.clusterName ?? '—';
}

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
    const target = row?.cells[was.cell]?.querySelector<HTMLElement>('a, [tabindex]') ?? tbody.closest('table');
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
function deploymentColumns(orgId: string, labels: ReadonlyMap<string, string>): Column<Deployment, SortKey>[] {
  return [
    { header: 'Status', sort: 'status', width: 150, cell: (d) => <StatusBadge status={d.status} reason={d.statusReason} /> },
    {
      header: 'Name',
      sort: 'name',
      cell: (d) => (
        <>
          <a href={paths.deployment(orgId, d.workspaceId, d.id)}>{labels.get(d.id) ?? d.name}</a>
          <span className="sub">{d.namespace}</span>
        </>
      ),
    },
    {
      header: 'Runtime',
      sort: 'runtime',
      width: 120,
      cell: (d) => (
        <>
          {d.astroRuntimeVersion}
          <span className="sub">Airflow {d.airflowVersion}</span>
        </>
      ),
    },
    { header: 'Executor', width: 120, cell: (d) => titleCase(d.executor) },
    {
      header: 'Type and location',
      width: 180,
      cell: (d) => (
        <>
          {titleCase(d.type)}
          <span className="sub">{where(d)}</span>
        </>
      ),
    },
    {
      header: 'Image tag',
      width: 250,
      // A Deployment that no image deploy has reached yet has no tag: words, not a dash that reads as a value.
      cell: (d) => (d.imageTag ? <code>{d.imageTag}</code> : <span className="sub">No image deployed yet</span>),
    },
  ];
}

const byPosition = (_: Deployment, i: number) => i;
const rowAttributes = (d: Deployment): RowAttributes => ({ 'data-id': d.id });

// On a narrow screen the table scrolls sideways inside its frame instead of widening the page. Only
// there: a scroll container clips, and a wide screen should show a status reason's hint in full.
const Scroll = styled('div')(({ theme }) => ({
  [theme.breakpoints.down('lg')]: { overflowX: 'auto' },
  '& table': { minWidth: 960 },
  '& td': { overflowWrap: 'anywhere' },
}));

/**
 * Re-renders only when the rows shown change (the same Deployment objects in the same order count as
 * unchanged), so a keystroke that leaves the first page as it was costs the table nothing.
 */
export const DeploymentsTable = memo(
  function DeploymentsTable({
    rows,
    orgId,
    labels,
    sort,
    dir,
    onSort,
  }: {
    rows: readonly Deployment[];
    orgId: string;
    /** Names as links show them: two Deployments of one name are told apart by the end of their ids. */
    labels: ReadonlyMap<string, string>;
    sort: SortKey;
    dir: 'asc' | 'desc';
    onSort: (sort: SortKey) => void;
  }) {
    const navigate = useNavigate();
    const focus = useFocusFollowsDeployment(rows);
    const columns = useMemo(() => deploymentColumns(orgId, labels), [orgId, labels]);
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
        <DataTable
          aria-label="Deployments"
          tabIndex={-1}
          fixed
          columns={columns}
          rows={rows}
          rowKey={byPosition}
          rowAttributes={rowAttributes}
          sort={{ sort, dir, onSort }}
          // The links are what is interactive (Enter on one is a click too); this only routes their clicks.
          bodyProps={{ ...focus, onClick }}
        />
      </Scroll>
    );
  },
  (before, after) =>
    sameItems(before.rows, after.rows) &&
    before.orgId === after.orgId &&
    before.labels === after.labels &&
    before.sort === after.sort &&
    before.dir === after.dir &&
    before.onSort === after.onSort,
);
