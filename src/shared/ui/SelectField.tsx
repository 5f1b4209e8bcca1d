import { styled } from '@mui/material/styles';
import { nativeControl } from './nativeControl';
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
    ...nativeControl(theme),
    padding: '6px 8px',
    minWidth: 150,
    maxWidth: 240,
    // On a phone the header's two switchers share the width instead of pushing the rest off screen.
    [theme.breakpoints.down('sm')]: { minWidth: 0, maxWidth: '100%' },
    cursor: 'pointer',
  })),
);

/**
 * A labelled native select: light (no popover machinery), so the app shell can use it without
 * pulling MUI's menu stack into every first visit; native keyboard and screen-reader support come free.
 */
export function SelectField({ label, value, onChange, children }: { label: string; value: string; onChange: (value: string) => void; children: ReactNode }) {
  return (
    <Label>
      {label}
      <Select value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </Select>
    </Label>
  );
}
