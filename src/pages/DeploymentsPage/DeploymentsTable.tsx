import { memo } from 'react';
import { Link as RouterLink } from 'react-router';
import { PlainTable as Table } from '../../components/PlainTable';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import type { Deployment } from '../../api/types';
import { StatusBadge } from '../../components/StatusBadge';
import { paths } from '../../app/paths';
import type { DeploymentView, SortKey } from '../../domain/deploymentView';
import { titleCase } from '../../domain/format';

function where(d: Deployment): string {
  if (d.type === 'STANDARD' || (!d.clusterName && d.region)) return [d.cloudProvider, d.region].filter(Boolean).join(' · ');
  return d.clusterName ?? '—';
}

const Row = memo(function Row({ d, orgId }: { d: Deployment; orgId: string }) {
  return (
    <tr>
      <td>
        <StatusBadge status={d.status} reason={d.statusReason} />
      </td>
      <td>
        <RouterLink to={paths.deployment(orgId, d.workspaceId, d.id)}>{d.name}</RouterLink>
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

const COLUMNS: { label: string; sort?: SortKey }[] = [
  { label: 'Status', sort: 'status' },
  { label: 'Name', sort: 'name' },
  { label: 'Runtime', sort: 'runtime' },
  { label: 'Executor' },
  { label: 'Type and location' },
  { label: 'Image tag' },
];

export function DeploymentsTable({
  rows,
  orgId,
  view,
  onSort,
}: {
  rows: Deployment[];
  orgId: string;
  view: DeploymentView;
  onSort: (sort: SortKey) => void;
}) {
  return (
    <Table aria-label="Deployments">
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th
              key={column.label}
              scope="col"
              aria-sort={column.sort === view.sort ? (view.dir === 'asc' ? 'ascending' : 'descending') : undefined}
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
      <tbody>
        {rows.map((d) => (
          <Row key={d.id} d={d} orgId={orgId} />
        ))}
      </tbody>
    </Table>
  );
}
