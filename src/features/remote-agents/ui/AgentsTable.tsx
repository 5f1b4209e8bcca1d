import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { AgentAction, RemoteAgent } from '../api';
import { formatRelative } from '../../../shared/lib/time';
import { AgentHealth } from './AgentHealth';

const COMPONENT: Record<RemoteAgent['component'], string> = { WORKER: 'Worker', TRIGGERER: 'Triggerer', DAG_PROCESSOR: 'DAG processor' };

export function AgentsTable({ agents, busy, onAction }: { agents: RemoteAgent[]; busy: boolean; onAction: (agent: RemoteAgent, action: AgentAction) => void }) {
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label="Remote agents">
        <TableHead>
          <TableRow>
            <TableCell>Name</TableCell>
            <TableCell>Component</TableCell>
            <TableCell>Queues</TableCell>
            <TableCell>Health</TableCell>
            <TableCell>Last heartbeat</TableCell>
            <TableCell>Version</TableCell>
            <TableCell align="right">
              <span className="visually-hidden">Actions</span>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {agents.map((a) => (
            <TableRow key={a.id}>
              <TableCell component="th" scope="row" sx={{ fontFamily: 'monospace', fontSize: 12 }}>
                {a.name}
              </TableCell>
              <TableCell>{COMPONENT[a.component]}</TableCell>
              <TableCell>{a.queues.length ? a.queues.join(', ') : '—'}</TableCell>
              <TableCell>
                <Stack direction="row" spacing={0.5}>
                  <AgentHealth agent={a} />
                  {a.isCordoned && <Chip size="small" label="Cordoned" />}
                </Stack>
              </TableCell>
              <TableCell title={a.lastHeartbeatAt}>{a.lastHeartbeatAt ? formatRelative(a.lastHeartbeatAt) : 'None yet'}</TableCell>
              <TableCell>{a.version}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                <Button size="small" disabled={busy} onClick={() => onAction(a, a.isCordoned ? 'uncordon' : 'cordon')} aria-label={`${a.isCordoned ? 'Uncordon' : 'Cordon'} ${a.name}`}>
                  {a.isCordoned ? 'Uncordon' : 'Cordon'}
                </Button>
                <Button size="small" color="error" disabled={busy} onClick={() => onAction(a, 'delete')} aria-label={`Delete ${a.name}`}>
                  Delete
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
