import { styled } from '@mui/material/styles';

const Status = styled('div')(({ theme }) => ({
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  gap: 12,
  padding: '32px 0',
  '&::before': {
    content: '""',
    width: 20,
    height: 20,
    borderRadius: '50%',
    border: `3px solid ${theme.palette.divider}`,
    borderTopColor: theme.palette.primary.main,
    animation: 'flightdeck-spin 0.8s linear infinite',
  },
  '@keyframes flightdeck-spin': { to: { transform: 'rotate(360deg)' } },
  '@media (prefers-reduced-motion: reduce)': { '&::before': { animationDuration: '3s' } },
}));

/** A spinner and a label, announced politely; CSS only, so every first visit can afford it. */
export function Loading({ label = 'Loading' }: { label?: string }) {
  return (
    <Status role="status" aria-live="polite">
      {label}…
    </Status>
  );
}
