import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CancelIcon from '@mui/icons-material/Cancel';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import type { RemoteAgent } from '../api';

type StepState = 'done' | 'active' | 'failed' | 'todo';
const STEPS = ['Agent pods started and reached Astro', 'Authenticated with the agent token', 'First heartbeat received'] as const;

/** How far an install got: a rejected token fails the second step, a missing heartbeat waits on the last. */
function stepStates(agents: RemoteAgent[]): StepState[] {
  if (agents.length === 0) return ['active', 'todo', 'todo'];
  if (agents.some((a) => a.health === 'AUTH_FAILED')) return ['done', 'failed', 'todo'];
  if (agents.some((a) => a.health === 'CONNECTING')) return ['done', 'active', 'todo'];
  return ['done', 'done', 'done'];
}

const ICON: Record<StepState, ReactNode> = {
  done: <CheckCircleIcon color="success" fontSize="small" />,
  active: <CircularProgress size={16} aria-hidden />,
  failed: <CancelIcon color="error" fontSize="small" />,
  todo: <RadioButtonUncheckedIcon color="disabled" fontSize="small" />,
};
const SAY: Record<StepState, string> = { done: 'done', active: 'in progress', failed: 'failed', todo: 'not started' };

function Steps({ states }: { states: StepState[] }) {
  return (
    <Box component="ol" aria-label="Install progress" sx={{ listStyle: 'none', p: 0, m: 0, mt: 1 }}>
      {STEPS.map((step, i) => (
        <Box component="li" key={step} sx={{ display: 'flex', gap: 1, alignItems: 'center', py: 0.25 }}>
          {ICON[states[i]!]}
          <span>
            {step}
            <span className="visually-hidden"> — {SAY[states[i]!]}</span>
          </span>
        </Box>
      ))}
    </Box>
  );
}

/** The state of the install at a glance, announced politely as it changes. */
export function InstallProgress({ agents }: { agents: RemoteAgent[] }) {
  const states = stepStates(agents);
  const failed = agents.filter((a) => a.health === 'AUTH_FAILED');
  const connecting = agents.filter((a) => a.health === 'CONNECTING').length;
  const healthy = agents.filter((a) => a.health === 'HEALTHY').length;

  if (failed.length > 0) {
    return (
      <Alert severity="error" role="alert">
        <AlertTitle>Failed at “{STEPS[1]}”</AlertTitle>
        {failed.length} agent{failed.length === 1 ? '' : 's'} could not authenticate. {failed[0]!.healthReason ?? 'The agent token was rejected.'} Create a new
        token in the Tokens view, update the secret or values.yaml, and restart the agent pods.
        <Steps states={states} />
      </Alert>
    );
  }
  if (agents.length === 0 || connecting > 0) {
    return (
      <Alert severity="info" icon={<CircularProgress size={20} aria-hidden />} role="status">
        <AlertTitle>
          {agents.length === 0 ? 'Waiting for the first heartbeat' : `${connecting} agent${connecting === 1 ? ' is' : 's are'} connecting`}
        </AlertTitle>
        {agents.length === 0
          ? 'No agent has connected yet. Install the chart with your values.yaml; this view checks every few seconds.'
          : 'This usually takes under a minute.'}
        <Steps states={states} />
      </Alert>
    );
  }
  return (
    <Alert severity={healthy === agents.length ? 'success' : 'warning'} role="status">
      {healthy} of {agents.length} agents healthy.
    </Alert>
  );
}
