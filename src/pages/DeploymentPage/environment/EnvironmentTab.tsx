import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { Deployment } from '../../../api/types';
import { EmptyState } from '../../../components/EmptyState';
import { formatDate } from '../../../domain/time';

/** The Deployment's environment variables as the API returns them; secret values never come back. */
export default function EnvironmentTab({ deployment }: { deployment: Deployment }) {
  const variables = deployment.environmentVariables ?? [];
  if (!variables.length) return <EmptyState title="No environment variables">This Deployment sets none.</EmptyState>;
  return (
    <Paper variant="outlined">
      <Table size="small" aria-label="Environment variables">
        <TableHead>
          <TableRow>
            <TableCell>Key</TableCell>
            <TableCell>Value</TableCell>
            <TableCell>Updated</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {variables.map((v) => (
            <TableRow key={v.key}>
              <TableCell>
                <code>{v.key}</code>
              </TableCell>
              <TableCell>
                {v.isSecret ? <Chip size="small" label="secret · hidden" /> : <code>{v.value ?? ''}</code>}
              </TableCell>
              <TableCell>{formatDate(v.updatedAt)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
