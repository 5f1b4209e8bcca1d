import Chip from '@mui/material/Chip';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import BedtimeIcon from '@mui/icons-material/Bedtime';
import HelpIcon from '@mui/icons-material/Help';
import AddCircleIcon from '@mui/icons-material/AddCircle';
import type { ReactElement, ReactNode } from 'react';
import { Hint } from './Hint';

const LOOK: Record<string, { label: string; color: 'success' | 'error' | 'info' | 'default' | 'warning'; icon: ReactElement }> = {
  HEALTHY: { label: 'Healthy', color: 'success', icon: <CheckCircleIcon /> },
  UNHEALTHY: { label: 'Unhealthy', color: 'error', icon: <ErrorIcon /> },
  CREATING: { label: 'Creating', color: 'info', icon: <AddCircleIcon /> },
  DEPLOYING: { label: 'Deploying', color: 'info', icon: <AutorenewIcon /> },
  HIBERNATING: { label: 'Hibernating', color: 'default', icon: <BedtimeIcon /> },
  UNKNOWN: { label: 'Unknown', color: 'warning', icon: <HelpIcon /> },
};

/** Colour, icon and text together, so the status never rests on colour alone; the reason shows on hover and focus. */
export function StatusBadge({ status, reason }: { status: string; reason?: ReactNode }) {
  const look = LOOK[status] ?? LOOK.UNKNOWN!;
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
  return reason ? <Hint title={reason}>{chip}</Hint> : chip();
}
