import { memo } from 'react';
import { Link as RouterLink } from 'react-router';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Typography from '@mui/material/Typography';
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
    <TableRow hover>
      <TableCell>
        <StatusBadge status={d.status} reason={d.statusReason} />
      </TableCell>
      <TableCell>
        <Link component={RouterLink} to={paths.deployment(orgId, d.workspaceId, d.id)} sx={{ fontWeight: 600 }}>
          {d.name}
        </Link>
        <Typography variant="caption" color="text.secondary" component="div">
          {d.namespace}
        </Typography>
      </TableCell>
      <TableCell>
        {d.astroRuntimeVersion}
        <Typography variant="caption" color="text.secondary" component="div">
          Airflow {d.airflowVersion}
        </Typography>
      </TableCell>
      <TableCell>{titleCase(d.executor)}</TableCell>
      <TableCell>
        {titleCase(d.type)}
        <Typography variant="caption" color="text.secondary" component="div">
          {where(d)}
        </Typography>
      </TableCell>
      <TableCell>
        <code>{d.imageTag || '—'}</code>
      </TableCell>
    </TableRow>
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
    <Table size="small" aria-label="Deployments">
      <TableHead>
        <TableRow>
          {COLUMNS.map((column) => (
            <TableCell key={column.label} sortDirection={column.sort === view.sort ? view.dir : false}>
              {column.sort ? (
                <TableSortLabel
                  active={column.sort === view.sort}
                  direction={column.sort === view.sort ? view.dir : 'asc'}
                  onClick={() => onSort(column.sort!)}
                >
                  {column.label}
                </TableSortLabel>
              ) : (
                column.label
              )}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((d) => (
          <Row key={d.id} d={d} orgId={orgId} />
        ))}
      </TableBody>
    </Table>
  );
}
