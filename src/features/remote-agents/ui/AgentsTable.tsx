import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import type { AgentAction, RemoteAgent } from '../api';
import { formatDate, formatRelative } from '../../../shared/lib/time';
import { DataTable, type Column } from '../../../shared/ui/DataTable';
import { Tooltip } from '../../../shared/ui/Tooltip';
import { AgentHealth } from './AgentHealth';

const COMPONENT: Record<RemoteAgent['component'], string> = { WORKER: 'Worker', TRIGGERER: 'Triggerer', DAG_PROCESSOR: 'DAG processor' };

export function AgentsTable({ agents, busy, onAction }: { agents: RemoteAgent[]; busy: boolean; onAction: (agent: RemoteAgent, action: AgentAction) => void }) {
  const columns: Column<RemoteAgent>[] = [
    { header: 'Name', rowHeader: true, className: 'mono', cell: (a) => a.name },
    { header: 'Component', cell: (a) => COMPONENT[a.component] },
    { header: 'Queues', cell: (a) => (a.queues.length ? a.queues.join(', ') : '—') },
    {
      header: 'Health',
      cell: (a) => (
        <Stack direction="row" spacing={0.5}>
          <AgentHealth agent={a} />
          {a.isCordoned && <Chip size="small" label="Cordoned" />}
        </Stack>
      ),
    },
    {
      header: 'Last heartbeat',
      cell: (a) => (a.lastHeartbeatAt ? <Tooltip title={formatDate(a.lastHeartbeatAt)}>{() => <span>{formatRelative(a.lastHeartbeatAt!)}</span>}</Tooltip> : 'None yet'),
    },
    { header: 'Version', cell: (a) => a.version },
    {
      header: 'Actions',
      hideHeader: true,
      className: 'actions',
      cell: (a) => (
        <>
          <Button size="small" disabled={busy} onClick={() => onAction(a, a.isCordoned ? 'uncordon' : 'cordon')} aria-label={`${a.isCordoned ? 'Uncordon' : 'Cordon'} ${a.name}`}>
            {a.isCordoned ? 'Uncordon' : 'Cordon'}
          </Button>
          <Button size="small" color="error" disabled={busy} onClick={() => onAction(a, 'delete')} aria-label={`Delete ${a.name}`}>
            Delete
          </Button>
        </>
      ),
    },
  ];
  return (
    <Paper variant="outlined">
      <DataTable aria-label="Remote agents" columns={columns} rows={agents} rowKey={(a) => a.id} scroll />
    </Paper>
  );
}
