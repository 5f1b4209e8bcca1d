import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import type { AgentAction, RemoteAgent } from '../api';
import { formatDate, formatRelative } from '../../../shared/lib/time';
import { DataTable, type Column } from '../../../shared/ui/DataTable';
import { Tooltip } from '../../../shared/ui/Tooltip';
import { useListState } from '../../../shared/ui/useListState';
import { toggleSort, type ListSpec } from '../../../shared/lib/listState';
import { AgentHealth } from './AgentHealth';

const COMPONENT: Record<RemoteAgent['component'], string> = { WORKER: 'Worker', TRIGGERER: 'Triggerer', DAG_PROCESSOR: 'DAG processor' };

type AgentSort = 'name' | 'health' | 'lastHeartbeatAt';
const AGENT_LIST: ListSpec<AgentSort, never> = { sorts: ['name', 'health', 'lastHeartbeatAt'], sort: 'name' };
// Ascending health puts the agents that need a look first.
const HEALTH_RANK: Record<RemoteAgent['health'], number> = { AUTH_FAILED: 0, UNHEALTHY: 1, CONNECTING: 2, HEALTHY: 3 };
const collator = new Intl.Collator('en', { numeric: true });
const byName = (a: RemoteAgent, b: RemoteAgent) => collator.compare(a.name, b.name);
const COMPARE: Record<AgentSort, (a: RemoteAgent, b: RemoteAgent) => number> = {
  name: byName,
  health: (a, b) => HEALTH_RANK[a.health] - HEALTH_RANK[b.health] || byName(a, b),
  // Never heard from sorts as the oldest heartbeat.
  lastHeartbeatAt: (a, b) => (a.lastHeartbeatAt ?? '').localeCompare(b.lastHeartbeatAt ?? '') || byName(a, b),
};

export function AgentsTable({ agents, busy, onAction }: { agents: RemoteAgent[]; busy: boolean; onAction: (agent: RemoteAgent, action: AgentAction) => void }) {
  const { state: view, change } = useListState(AGENT_LIST);
  const compare = COMPARE[view.sort];
  const rows = [...agents].sort(view.dir === 'asc' ? compare : (a, b) => compare(b, a));
  const columns: Column<RemoteAgent, AgentSort>[] = [
    { header: 'Name', sort: 'name', rowHeader: true, className: 'mono', cell: (a) => a.name },
    { header: 'Component', cell: (a) => COMPONENT[a.component] },
    { header: 'Queues', cell: (a) => (a.queues.length ? a.queues.join(', ') : '—') },
    {
      header: 'Health',
      sort: 'health',
      cell: (a) => (
        <Stack direction="row" spacing={0.5}>
          <AgentHealth agent={a} />
          {a.isCordoned && <Chip size="small" label="Cordoned" />}
        </Stack>
      ),
    },
    {
      header: 'Last heartbeat',
      sort: 'lastHeartbeatAt',
      cell: (a) =>
        a.lastHeartbeatAt ? <Tooltip title={formatDate(a.lastHeartbeatAt)}>{() => <span>{formatRelative(a.lastHeartbeatAt!)}</span>}</Tooltip> : 'None yet',
    },
    { header: 'Version', cell: (a) => a.version },
    {
      header: 'Actions',
      hideHeader: true,
      className: 'actions',
      cell: (a) => (
        <>
          <Button
            size="small"
            disabled={busy}
            onClick={() => onAction(a, a.isCordoned ? 'uncordon' : 'cordon')}
            aria-label={`${a.isCordoned ? 'Uncordon' : 'Cordon'} ${a.name}`}
          >
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
      <DataTable
        aria-label="Remote agents"
        columns={columns}
        rows={rows}
        rowKey={(a) => a.id}
        sort={{ sort: view.sort, dir: view.dir, onSort: (sort) => change(toggleSort(view, sort)) }}
        scroll
      />
    </Paper>
  );
}
