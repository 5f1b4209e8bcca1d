import { memo } from 'react';
import { styled } from '@mui/material/styles';
import { oncePerTheme } from '../../../shared/ui/oncePerTheme';
import { STATUS_LABEL, type LifecycleStatus } from '../domain/lifecycle';

const TONE: Record<LifecycleStatus, 'success' | 'warning' | 'error' | 'neutral'> = {
  maintained: 'success',
  'basic-support': 'warning',
  ended: 'error',
  yanked: 'error',
  unknown: 'neutral',
};

const Badge = styled('span')(
  oncePerTheme((theme) => {
    const tones = {
      success: theme.palette.success.main,
      warning: theme.palette.warning.main,
      error: theme.palette.error.main,
      neutral: theme.palette.text.secondary,
    };
    return {
      display: 'inline-block',
      padding: '0 8px',
      borderRadius: 12,
      border: '1px solid currentColor',
      fontSize: '0.8125rem',
      lineHeight: '22px',
      whiteSpace: 'nowrap',
      ...Object.fromEntries(Object.entries(tones).map(([tone, color]) => [`&[data-tone="${tone}"]`, { color }])),
    };
  }),
);

/** A Runtime's lifecycle as a badge: the words carry it, the colour only repeats them. */
export const LifecycleBadge = memo(function LifecycleBadge({ status }: { status: LifecycleStatus }) {
  return (
    <Badge data-tone={TONE[status]} data-lifecycle={status}>
      {STATUS_LABEL[status]}
    </Badge>
  );
});
