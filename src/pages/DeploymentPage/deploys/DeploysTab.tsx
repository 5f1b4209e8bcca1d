import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import type { Deploy } from '../../../api/types';
import { EmptyState } from '../../../components/EmptyState';
import { deployTypeLabel, titleCase } from '../../../domain/format';
import { subjectName } from '../../../domain/subject';
import { formatDate, formatRelative } from '../../../domain/time';

const STATUS_COLOR = { DEPLOYED: 'success', FAILED: 'error', INITIALIZED: 'info' } as const;

/** The latest deploys: when, who, what image and bundle version. */
export default function DeploysTab({ deploys }: { deploys: Deploy[] }) {
  if (!deploys.length) return <EmptyState title="No deploys yet">Deploy with <code>astro deploy</code>.</EmptyState>;
  return (
    <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label="Recent deploys">
        <TableHead>
          <TableRow>
            <TableCell>When</TableCell>
            <TableCell>Who</TableCell>
            <TableCell>Type</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Image tag</TableCell>
            <TableCell>DAG bundle version</TableCell>
            <TableCell>Description</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {deploys.map((deploy) => (
            <TableRow key={deploy.id}>
              <TableCell>
                <Tooltip title={formatDate(deploy.createdAt)}>
                  <span>{formatRelative(deploy.createdAt)}</span>
                </Tooltip>
              </TableCell>
              <TableCell>{subjectName(deploy.createdBySubject)}</TableCell>
              <TableCell>
                {deployTypeLabel(deploy.type)}
                {deploy.rollbackFromId && <Chip size="small" label="rollback" sx={{ ml: 1 }} />}
              </TableCell>
              <TableCell>
                <Chip size="small" variant="outlined" color={STATUS_COLOR[deploy.status]} label={titleCase(deploy.status)} />
              </TableCell>
              <TableCell>
                <code>{deploy.imageTag}</code>
              </TableCell>
              <TableCell>
                <code>{deploy.dagTarballVersion ?? '—'}</code>
              </TableCell>
              <TableCell>{deploy.description ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
