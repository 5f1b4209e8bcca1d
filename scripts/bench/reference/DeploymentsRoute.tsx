import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import Chip from '@mui/material/Chip';
import Container from '@mui/material/Container';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { deploymentsQuery } from './deploymentsQuery';

const PAGE_SIZE = 25;

/** The same six columns as Flightdeck's list, as plain MUI. */
export default function DeploymentsRoute() {
  const { organizationId = '', workspaceId = '' } = useParams();
  const deployments = useQuery(deploymentsQuery(organizationId, workspaceId));
  return (
    <Container maxWidth="xl" sx={{ py: 3 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        Deployments
      </Typography>
      {deployments.isPending ? (
        <Typography role="status">Loading Deployments…</Typography>
      ) : deployments.isError ? (
        <Typography role="alert">Could not load Deployments: {deployments.error.message}</Typography>
      ) : (
        <Paper variant="outlined">
          <Table aria-label="Deployments" size="small">
            <TableHead>
              <TableRow>
                <TableCell>Status</TableCell>
                <TableCell>Name</TableCell>
                <TableCell>Runtime</TableCell>
                <TableCell>Executor</TableCell>
                <TableCell>Type and location</TableCell>
                <TableCell>Image tag</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {deployments.data.slice(0, PAGE_SIZE).map((d) => (
                <TableRow key={d.id}>
                  <TableCell>
                    <Chip size="small" label={d.status} />
                  </TableCell>
                  <TableCell>
                    <a href={`/organizations/${organizationId}/workspaces/${workspaceId}/deployments/${d.id}`}>{d.name}</a>
                    <Typography variant="body2" color="text.secondary">
                      {d.namespace}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    {d.astroRuntimeVersion}
                    <Typography variant="body2" color="text.secondary">
                      Airflow {d.airflowVersion}
                    </Typography>
                  </TableCell>
                  <TableCell>{d.executor}</TableCell>
                  <TableCell>
                    {d.type}
                    <Typography variant="body2" color="text.secondary">
                      {d.clusterName ?? [d.cloudProvider, d.region].filter(Boolean).join(' · ')}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <code>{d.imageTag || '—'}</code>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
    </Container>
  );
}
