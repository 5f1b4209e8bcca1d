import { styled } from '@mui/material/styles';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import BedtimeIcon from '@mui/icons-material/Bedtime';
import HelpIcon from '@mui/icons-material/Help';
import AddCircleIcon from '@mui/icons-material/AddCircle';
import { memo, type ReactElement, type ReactNode } from 'react';
import { Tooltip } from '../../../shared/ui/Tooltip';
import { oncePerTheme } from '../../../shared/ui/oncePerTheme';

type Tone = 'success' | 'error' | 'info' | 'neutral' | 'warning';

const LOOK: Record<string, { label: string; tone: Tone; icon: ReactElement }> = {
  HEALTHY: { label: 'Healthy', tone: 'success', icon: <CheckCircleIcon /> },
  UNHEALTHY: { label: 'Unhealthy', tone: 'error', icon: <ErrorIcon /> },
  CREATING: { label: 'Creating', tone: 'info', icon: <AddCircleIcon /> },
  DEPLOYING: { label: 'Deploying', tone: 'info', icon: <AutorenewIcon /> },
  HIBERNATING: { label: 'Hibernating', tone: 'neutral', icon: <BedtimeIcon /> },
  UNKNOWN: { label: 'Unknown', tone: 'warning', icon: <HelpIcon /> },
};

// One styled element with a tone attribute: cheap to render hundreds of times in a list.
const Badge = styled('span')(
  oncePerTheme((theme) => {
    const tones: Record<Tone, string> = {
      success: theme.palette.success.main,
      error: theme.palette.error.main,
      info: theme.palette.info.main,
      warning: theme.palette.warning.main,
      neutral: theme.palette.text.secondary,
    };
    return {
      display: 'inline-flex',
      alignItems: 'center',
      gap: 4,
      height: 24,
      padding: '0 8px 0 4px',
      borderRadius: 12,
      border: '1px solid currentColor',
      fontSize: '0.8125rem',
      lineHeight: 1,
      whiteSpace: 'nowrap',
      '& svg': { fontSize: 18 },
      ...Object.fromEntries(Object.entries(tones).map(([tone, color]) => [`&[data-tone="${tone}"]`, { color }])),
    };
  }),
);

/**
 * Colour, icon and text together, so the status never rests on colour alone; the reason shows on hover and
 * focus. Memoised: a list row that shows another Deployment with the same status renders no badge again.
 */
export const StatusBadge = memo(function StatusBadge({ status, reason }: { status: string; reason?: ReactNode }) {
  const look = LOOK[status] ?? LOOK.UNKNOWN!;
  const badge = (describedBy?: string) => (
    <Badge data-tone={look.tone} tabIndex={describedBy ? 0 : undefined} aria-describedby={describedBy}>
      {look.icon}
      {look.label}
    </Badge>
  );
  return reason ? <Tooltip title={reason}>{badge}</Tooltip> : badge();
});
