import { useState } from 'react';
import { useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { describeError } from '../../../shared/api/describeError';
import { useAgentTokens, useDeleteAgentToken, type AgentToken } from '../api';
import type { Deployment } from '../../../shared/api/types';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { DataTable, type Column } from '../../../shared/ui/DataTable';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { ErrorPanel } from '../../../shared/ui/ErrorPanel';
import { Loading } from '../../../shared/ui/Loading';
import { useToast } from '../../../shared/ui/toast';
import { Tooltip } from '../../../shared/ui/Tooltip';
import { useListState } from '../../../shared/ui/useListState';
import { toggleSort, type ListSpec } from '../../../shared/lib/listState';
import { AGENT_TOKENS_PER_DEPLOYMENT, agentTokenLimitReached } from '../domain/agentTokenRules';
import { formatDate, formatRelative } from '../../../shared/lib/time';
import { CreateTokenDialog } from './CreateTokenDialog';

type TokenSort = 'name' | 'createdAt' | 'endAt';
const TOKEN_LIST: ListSpec<TokenSort, never> = { sorts: ['name', 'createdAt', 'endAt'], sort: 'name' };
const collator = new Intl.Collator('en', { numeric: true });
const byName = (a: AgentToken, b: AgentToken) => collator.compare(a.name, b.name);
const COMPARE: Record<TokenSort, (a: AgentToken, b: AgentToken) => number> = {
  name: byName,
  createdAt: (a, b) => a.createdAt.localeCompare(b.createdAt) || byName(a, b),
  // A token that never expires sorts after every one that does.
  endAt: (a, b) => (a.endAt ?? '\uffff').localeCompare(b.endAt ?? '\uffff') || byName(a, b),
};

/** `now` is when the list was fetched, so a render never reads the clock. */
function Expiry({ token, now }: { token: AgentToken; now: number }) {
  if (!token.endAt) return <>Never</>;
  const expired = Date.parse(token.endAt) <= now;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Tooltip title={token.endAt}>{() => <span>{formatDate(token.endAt!)}</span>}</Tooltip>
      {expired && <Chip size="small" color="error" variant="outlined" label="Expired" />}
    </Stack>
  );
}

/** Agent tokens of the Deployment: their values are never listed, only shown once when created. */
export function TokensView({ deployment }: { deployment: Deployment }) {
  const { organizationId = '' } = useParams();
  const tokens = useAgentTokens(organizationId, deployment.id);
  const remove = useDeleteAgentToken(organizationId, deployment.id);
  const toast = useToast((s) => s.show);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<AgentToken>();
  const { state: view, change } = useListState(TOKEN_LIST);

  if (tokens.isPending) return <Loading label="Loading agent tokens" />;
  if (tokens.isError) return <ErrorPanel {...describeError(tokens.error, 'load agent tokens')} onRetry={() => tokens.refetch()} retrying={tokens.isFetching} />;
  const list = tokens.data;
  const full = agentTokenLimitReached(list.length);

  const confirmDelete = () =>
    deleting &&
    remove.mutate(deleting.id, {
      onSuccess: () => {
        toast(`Deleted agent token ${deleting.name}. Agents that use it can no longer connect.`);
        setDeleting(undefined);
      },
    });

  const createButton = (
    <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} disabled={full}>
      Agent token
    </Button>
  );

  const compare = COMPARE[view.sort];
  const rows = [...list].sort(view.dir === 'asc' ? compare : (a, b) => compare(b, a));
  const columns: Column<AgentToken, TokenSort>[] = [
    {
      header: 'Name',
      sort: 'name',
      rowHeader: true,
      cell: (t) => (
        <>
          {t.name}
          <span className="sub">ends in …{t.shortToken}</span>
        </>
      ),
    },
    { header: 'Description', cell: (t) => t.description || '—' },
    { header: 'Created', sort: 'createdAt', cell: (t) => <Tooltip title={t.createdAt}>{() => <span>{formatDate(t.createdAt)}</span>}</Tooltip> },
    { header: 'Expires', sort: 'endAt', cell: (t) => <Expiry token={t} now={tokens.dataUpdatedAt} /> },
    {
      header: 'Last used',
      cell: (t) => (t.lastUsedAt ? <Tooltip title={t.lastUsedAt}>{() => <span>{formatRelative(t.lastUsedAt!)}</span>}</Tooltip> : 'Never'),
    },
    {
      header: 'Actions',
      hideHeader: true,
      className: 'actions',
      cell: (t) => (
        <Tooltip title={`Delete ${t.name}`}>
          {() => (
            <IconButton aria-label={`Delete token ${t.name}`} onClick={() => setDeleting(t)}>
              <DeleteIcon />
            </IconButton>
          )}
        </Tooltip>
      ),
    },
  ];

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          Agents authenticate with these tokens. {list.length} of {AGENT_TOKENS_PER_DEPLOYMENT} used.
        </Typography>
        {list.length > 0 && createButton}
      </Stack>
      {full && (
        <Alert severity="info">
          This Deployment has {AGENT_TOKENS_PER_DEPLOYMENT} agent tokens, the most allowed. Delete tokens you no longer use to create another.
        </Alert>
      )}
      {list.length === 0 ? (
        <EmptyState title="No agent tokens yet" action={createButton}>
          Create a token for your agents before you install them.
        </EmptyState>
      ) : (
        <Paper variant="outlined">
          <DataTable
            aria-label="Agent tokens"
            columns={columns}
            rows={rows}
            rowKey={(t) => t.id}
            sort={{ sort: view.sort, dir: view.dir, onSort: (sort) => change(toggleSort(view, sort)) }}
            scroll
          />
        </Paper>
      )}
      {creating && <CreateTokenDialog orgId={organizationId} deploymentId={deployment.id} tokenCount={list.length} onClose={() => setCreating(false)} />}
      <ConfirmDialog
        open={Boolean(deleting)}
        title={`Delete agent token ${deleting?.name ?? ''}?`}
        confirmLabel="Delete token"
        busy={remove.isPending}
        error={remove.error && <ErrorPanel {...describeError(remove.error, 'delete the token')} />}
        onConfirm={confirmDelete}
        onClose={() => {
          setDeleting(undefined);
          remove.reset();
        }}
      >
        Agents that connect with this token are cut off at their next heartbeat. This cannot be undone.
      </ConfirmDialog>
    </Stack>
  );
}
