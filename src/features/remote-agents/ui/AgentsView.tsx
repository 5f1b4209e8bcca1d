import { lazy, Suspense, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import AddIcon from '@mui/icons-material/Add';
import { useConnection } from '../../../shared/api/connection';
import { describeError } from '../../../shared/api/describeError';
import { isApiError } from '../../../shared/api/errors';
import { useAgentAction, useRemoteAgents, type AgentAction, type RemoteAgent } from '../api';
import type { Deployment } from '../../../shared/api/types';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { ErrorPanel } from '../../../shared/ui/ErrorPanel';
import { Loading } from '../../../shared/ui/Loading';
import { useToast } from '../../../shared/ui/toast';
import { UpdatedAgo } from '../../../shared/ui/UpdatedAgo';
import { AgentsTable } from './AgentsTable';
import { DemoAgentControls } from './DemoAgentControls';
import { InstallProgress } from './InstallProgress';

// The wizard carries the YAML library; load it only when someone registers an agent.
const RegisterAgentDialog = lazy(() => import('./wizard/RegisterAgentDialog'));

const DONE: Record<AgentAction, string> = { cordon: 'takes no new tasks', uncordon: 'takes tasks again', delete: 'was removed from the list' };

/** Connected agents, with install progress while waiting for them; the wizard opens with `?register=1`. */
export function AgentsView({ deployment }: { deployment: Deployment }) {
  const { organizationId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const agents = useRemoteAgents(organizationId, deployment.id);
  const act = useAgentAction(organizationId, deployment.id);
  const toast = useToast((s) => s.show);
  const demo = useConnection((s) => s.mode) === 'demo';
  const [deleting, setDeleting] = useState<RemoteAgent>();
  const registering = search.get('register') === '1';

  const setRegistering = (open: boolean) =>
    setSearch((s) => {
      const copy = new URLSearchParams(s);
      if (open) copy.set('register', '1');
      else copy.delete('register');
      return copy;
    });

  const run = (agent: RemoteAgent, action: AgentAction) =>
    act.mutate(
      { agentId: agent.id, action },
      {
        onSuccess: () => {
          toast(`${agent.name} ${DONE[action]}.`);
          setDeleting(undefined);
        },
        onError: (error) => action !== 'delete' && toast(`${describeError(error).title}: ${(error as Error).message}`, 'error'),
      },
    );

  const header = (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
      <Button variant="contained" startIcon={<AddIcon />} onClick={() => setRegistering(true)}>
        Register a Remote Agent
      </Button>
      <span style={{ flex: 1 }} />
      {agents.isSuccess && <UpdatedAgo at={agents.dataUpdatedAt} fetching={agents.isFetching} />}
    </Stack>
  );

  let body;
  if (agents.isPending) body = <Loading label="Loading remote agents" />;
  else if (agents.isError && isApiError(agents.error) && agents.error.status === 404) {
    body = (
      <Alert severity="info">
        <AlertTitle>This server does not list remote agents</AlertTitle>
        The public Astro API has no endpoint for connected agents, so Flightdeck cannot show them here. See them in the Astro UI, or in your cluster with{' '}
        <code>kubectl get pods -n &lt;namespace&gt;</code>. Tokens and the values.yaml wizard work as usual.
      </Alert>
    );
  } else if (agents.isError)
    body = <ErrorPanel {...describeError(agents.error, 'load remote agents')} onRetry={() => agents.refetch()} retrying={agents.isFetching} />;
  else {
    body = (
      <>
        <InstallProgress agents={agents.data} />
        {agents.data.length > 0 && (
          <AgentsTable agents={agents.data} busy={act.isPending} onAction={(a, action) => (action === 'delete' ? setDeleting(a) : run(a, action))} />
        )}
      </>
    );
  }

  return (
    <Stack spacing={2}>
      {header}
      {body}
      {demo && <DemoAgentControls orgId={organizationId} deploymentId={deployment.id} />}
      <ConfirmDialog
        open={Boolean(deleting)}
        title={`Delete agent ${deleting?.name ?? ''}?`}
        confirmLabel="Delete agent"
        busy={act.isPending}
        error={act.error && deleting && <ErrorPanel {...describeError(act.error, 'delete the agent')} />}
        onConfirm={() => deleting && run(deleting, 'delete')}
        onClose={() => {
          setDeleting(undefined);
          act.reset();
        }}
      >
        The agent disappears from this list. If its pod still runs, it registers again at its next heartbeat: uninstall or scale it down in your cluster to stop
        it for good.
      </ConfirmDialog>
      {registering && (
        <Suspense fallback={<Loading label="Opening the wizard" />}>
          <RegisterAgentDialog deployment={deployment} onClose={() => setRegistering(false)} />
        </Suspense>
      )}
    </Stack>
  );
}
