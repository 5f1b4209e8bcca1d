import Chip from '@mui/material/Chip';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import LockIcon from '@mui/icons-material/Lock';
import SyncIcon from '@mui/icons-material/Sync';
import type { RemoteAgent } from '../api';
import { Tooltip } from '../../../shared/ui/Tooltip';

const LOOK = {
  HEALTHY: { label: 'Healthy', color: 'success', icon: <CheckCircleIcon /> },
  UNHEALTHY: { label: 'Unhealthy', color: 'error', icon: <ErrorIcon /> },
  CONNECTING: { label: 'Connecting', color: 'info', icon: <SyncIcon /> },
  AUTH_FAILED: { label: 'Token rejected', color: 'error', icon: <LockIcon /> },
} as const;

/** Health in colour, icon and words; the reason, when there is one, is its hint and its accessible description. */
export function AgentHealth({ agent }: { agent: RemoteAgent }) {
  const look = LOOK[agent.health];
  const chip = (describedBy?: string) => (
    <Chip
      size="small"
      variant="outlined"
      color={look.color}
      icon={look.icon}
      label={look.label}
      tabIndex={describedBy ? 0 : undefined}
      aria-describedby={describedBy}
    />
  );
  return agent.healthReason ? <Tooltip title={agent.healthReason}>{chip}</Tooltip> : chip();
}
