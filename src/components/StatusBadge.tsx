import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import BedtimeIcon from '@mui/icons-material/Bedtime';
import HelpIcon from '@mui/icons-material/Help';
import AddCircleIcon from '@mui/icons-material/AddCircle';
import type { ReactElement, ReactNode } from 'react';

const LOOK: Record<string, { label: string; color: 'success' | 'error' | 'info' | 'default' | 'warning'; icon: ReactElement }> = {
  HEALTHY: { label: 'Healthy', color: 'success', icon: <CheckCircleIcon /> },
  UNHEALTHY: { label: 'Unhealthy', color: 'error', icon: <ErrorIcon /> },
  CREATING: { label: 'Creating', color: 'info', icon: <AddCircleIcon /> },
  DEPLOYING: { label: 'Deploying', color: 'info', icon: <AutorenewIcon /> },
  HIBERNATING: { label: 'Hibernating', color: 'default', icon: <BedtimeIcon /> },
  UNKNOWN: { label: 'Unknown', color: 'warning', icon: <HelpIcon /> },
};

/** Colour, icon and text together, so the status never rests on colour alone. */
export function StatusBadge({ status, reason }: { status: string; reason?: ReactNode }) {
  const look = LOOK[status] ?? LOOK.UNKNOWN!;
  const chip = (
    <Chip
      size="small"
      variant="outlined"
      color={look.color}
      icon={look.icon}
      label={look.label}
      tabIndex={reason ? 0 : undefined}
      aria-label={reason ? `${look.label}: ${typeof reason === 'string' ? reason : ''}`.replace(/: $/, '') : undefined}
    />
  );
  return reason ? <Tooltip title={reason}>{chip}</Tooltip> : chip;
}
