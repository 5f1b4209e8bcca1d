import { useCallback, useMemo } from 'react';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { describeError } from '../../../shared/api/describeError';
import { toggleSort } from '../../../shared/lib/listState';
import { Link as RouterLink } from '../../../shared/routes/Link';
import { paths } from '../../../shared/routes/paths';
import { DataTable, type Column } from '../../../shared/ui/DataTable';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { ErrorPanel } from '../../../shared/ui/ErrorPanel';
import { Loading } from '../../../shared/ui/Loading';
import { ToggleChips } from '../../../shared/ui/ToggleChips';
import { useListState } from '../../../shared/ui/useListState';
import { VirtualDataTable } from '../../../shared/ui/VirtualDataTable';
import { useDeployments } from '../../deployments/api';
import { useWorkspaces } from '../../workspaces/api';
import type { RuntimeEntry } from '../domain/catalogue';
import { countsByWorkspace, FLEET_SPEC, fleetRows, viewRows, type FleetRow, type FleetSort, type WorkspaceCount } from '../domain/fleet';
import { daysLeftText } from '../domain/lifecycle';
import { LifecycleBadge } from './LifecycleBadge';

const SHOW_OPTIONS = [
  { value: 'past-maintenance', label: 'Past maintenance' },
  { value: 'yanked', label: 'Yanked' },
];
const AIRFLOW_OPTIONS = [
  { value: '2', label: 'Airflow 2' },
  { value: '3', label: 'Airflow 3' },
];
const ROW_HEIGHT = 56;

function lifecycleDetail(row: FleetRow): string | undefined {
  if (row.yanked) {
    const yank = row.entry?.yanked;
    return yank && yank.state !== 'unknown' && yank.value.reason ? yank.value.reason : 'Can never be used; no reason published';
  }
  if (row.lifecycle.maintenanceDaysLeft !== undefined) return `maintenance ${daysLeftText(row.lifecycle.maintenanceDaysLeft)}`;
  if (!row.entry) return row.version ? 'not a Runtime version the catalogue can read' : 'no Runtime version stated';
  return undefined;
}

function columns(orgId: string): Column<FleetRow, FleetSort>[] {
  return [
    {
      header: 'Deployment',
      sort: 'name',
      rowHeader: true,
      width: '28%',
      className: 'nowrap',
      cell: ({ deployment }) => <RouterLink to={paths.deployment(orgId, deployment.workspaceId, deployment.id)}>{deployment.name}</RouterLink>,
    },
    { header: 'Workspace', sort: 'workspace', width: '20%', className: 'nowrap', cell: (row) => row.workspaceName },
    {
      header: 'Runtime',
      sort: 'runtime',
      width: '20%',
      className: 'nowrap',
      cell: ({ version, entry }) => (
        <>
          {version || <span className="sub">none</span>}
          {entry?.airflowVersion.state !== undefined && entry.airflowVersion.state !== 'unknown' && (
            <span className="sub">Airflow {entry.airflowVersion.value}</span>
          )}
        </>
      ),
    },
    {
      header: 'Lifecycle',
      sort: 'lifecycle',
      width: '32%',
      className: 'nowrap',
      cell: (row) => {
        const detail = lifecycleDetail(row);
        return (
          <>
            <LifecycleBadge status={row.lifecycle.status} />
            {detail && <span className="sub">{detail}</span>}
          </>
        );
      },
    },
  ];
}

function countColumns(orgId: string): Column<WorkspaceCount>[] {
  return [
    {
      header: 'Workspace',
      rowHeader: true,
      cell: (count) => <RouterLink to={paths.deployments(orgId, count.workspaceId)}>{count.workspaceName}</RouterLink>,
    },
    { header: 'Deployments', className: 'num', cell: (count) => count.deployments },
    { header: 'Past maintenance', className: 'num', cell: (count) => count.pastMaintenance },
    { header: 'Yanked', className: 'num', cell: (count) => count.yanked },
    { header: 'Shown', className: 'num', cell: (count) => count.shown },
  ];
}

/**
 * Every Deployment of every Workspace with the Runtime it runs and where that Runtime stands, filtered and
 * sorted by the URL (`?show=past-maintenance&airflow=2`). Virtualised: an Organization can have thousands.
 */
export function FleetMatrix({ organizationId, catalogue, now }: { organizationId: string; catalogue: readonly RuntimeEntry[]; now: Date }) {
  const deployments = useDeployments(organizationId);
  const workspaces = useWorkspaces(organizationId);
  const { state: view, change, replace } = useListState(FLEET_SPEC);
  const names = useMemo(() => new Map((workspaces.data ?? []).map((ws) => [ws.id, ws.name])), [workspaces.data]);
  const rows = useMemo(() => (deployments.data ? fleetRows(deployments.data, catalogue, names, now) : undefined), [deployments.data, catalogue, names, now]);
  const shown = useMemo(() => (rows ? viewRows(rows, view) : []), [rows, view]);
  const counts = useMemo(() => (rows ? countsByWorkspace(rows, view, names) : []), [rows, view, names]);
  const cols = useMemo(() => columns(organizationId), [organizationId]);
  const countCols = useMemo(() => countColumns(organizationId), [organizationId]);
  const onSort = useCallback((sort: FleetSort) => change(toggleSort({ sort: view.sort, dir: view.dir }, sort)), [change, view.sort, view.dir]);
  const filtered = view.show.length > 0 || view.airflow.length > 0;

  if (deployments.isPending) return <Loading label="Loading the Deployments" />;
  if (deployments.isError) {
    return <ErrorPanel {...describeError(deployments.error, 'load the Deployments')} onRetry={() => deployments.refetch()} retrying={deployments.isFetching} />;
  }
  if (!rows?.length) return <EmptyState title="No Deployments">No Workspace of this Organization has a Deployment yet.</EmptyState>;

  return (
    <>
      {workspaces.isError && (
        <ErrorPanel {...describeError(workspaces.error, 'load the Workspace names')} onRetry={() => workspaces.refetch()} retrying={workspaces.isFetching} />
      )}
      <Stack direction="row" spacing={2} useFlexGap sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }} role="search" aria-label="Filter the fleet">
        <ToggleChips label="Lifecycle" options={SHOW_OPTIONS} value={view.show} onChange={(show) => change({ show })} />
        <ToggleChips label="Airflow" options={AIRFLOW_OPTIONS} value={view.airflow} onChange={(airflow) => change({ airflow })} />
        {filtered && <Button onClick={() => replace({ ...view, show: [], airflow: [] })}>Clear filters</Button>}
      </Stack>
      <Typography role="status" variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {filtered ? `${shown.length} of ${rows.length} Deployments match` : `${rows.length} Deployments`}
      </Typography>
      {shown.length === 0 ? (
        <EmptyState title="No Deployment matches these filters">Clear the filters to see the whole fleet.</EmptyState>
      ) : (
        <Paper variant="outlined" component="section" aria-label="Deployments by Runtime">
          <VirtualDataTable
            aria-label="Fleet"
            columns={cols}
            rows={shown}
            rowKey={(row) => row.deployment.id}
            sort={{ sort: view.sort, dir: view.dir, onSort }}
            rowHeight={ROW_HEIGHT}
            height={Math.min(560, ROW_HEIGHT * (shown.length + 1) + 2)}
          />
        </Paper>
      )}
      <Typography variant="h2" sx={{ fontSize: '1.125rem', mt: 3, mb: 1 }}>
        Per Workspace
      </Typography>
      <Paper variant="outlined" component="section" aria-label="Per Workspace">
        <DataTable aria-label="Deployments per Workspace" columns={countCols} rows={counts} rowKey={(count) => count.workspaceId} scroll />
      </Paper>
    </>
  );
}
