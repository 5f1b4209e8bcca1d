import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Deployment } from '../../../api/types';
import { Section } from './Section';

export function WorkerQueuesSection({ deployment: d }: { deployment: Deployment }) {
  return (
    <Section title="Worker queues">
      {d.workerQueues?.length ? (
        <Table size="small" aria-label="Worker queues">
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell>Machine</TableCell>
              <TableCell align="right">Workers</TableCell>
              <TableCell align="right">Concurrency</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {d.workerQueues.map((q) => (
              <TableRow key={q.id}>
                <TableCell>
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <code>{q.name}</code>
                    {q.isDefault && <Chip size="small" label="default" />}
                  </Stack>
                </TableCell>
                <TableCell>
                  {q.astroMachine ?? q.nodePoolId ?? '—'}
                  <Typography variant="caption" color="text.secondary" component="div">
                    {q.podCpu} CPU, {q.podMemory}
                  </Typography>
                </TableCell>
                <TableCell align="right">
                  {q.minWorkerCount}–{q.maxWorkerCount}
                </TableCell>
                <TableCell align="right">{q.workerConcurrency}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {d.executor === 'KUBERNETES'
            ? `The Kubernetes executor runs each task in its own pod (default ${d.defaultTaskPodCpu ?? '?'} CPU, ${d.defaultTaskPodMemory ?? '?'}).`
            : 'No worker queues.'}
        </Typography>
      )}
    </Section>
  );
}
