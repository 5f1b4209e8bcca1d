import { styled } from '@mui/material/styles';
import { oncePerTheme } from './oncePerTheme';
import type { ReactNode } from 'react';

const Label = styled('label')(
  oncePerTheme((theme) => ({
    display: 'inline-flex',
    flexDirection: 'column',
    gap: 2,
    minWidth: 0,
    fontSize: '0.75rem',
    color: theme.palette.text.secondary,
  })),
);

const Select = styled('select')(
  oncePerTheme((theme) => ({
    font: 'inherit',
    fontSize: '0.9375rem',
    color: theme.palette.text.primary,
    background: theme.palette.background.paper,
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    padding: '6px 8px',
    minWidth: 150,
    maxWidth: 240,
    // On a phone the header's two switchers share the width instead of pushing the rest off screen.
    [theme.breakpoints.down('sm')]: { minWidth: 0, maxWidth: '100%' },
    cursor: 'pointer',
    '&:hover': { borderColor: theme.palette.text.primary },
    '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 1 },
  })),
);

/**
 * A labelled native select: light (no popover machinery), so the app shell can use it without
 * pulling MUI's menu stack into every first visit; native keyboard and screen-reader support come free.
 */
export function SelectField({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <Label>
      {label}
      <Select value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </Select>
    </Label>
  );
}
