import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { CopyButton } from './CopyButton';

/** A definition list of labelled values; `copy` adds a copy button for IDs and URLs. */
export function FieldList({ children }: { children: ReactNode }) {
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'minmax(140px, max-content) 1fr' }, columnGap: 3, rowGap: 1, m: 0 }}>
      {children}
    </Box>
  );
}

export function Field({ label, children, copy }: { label: string; children: ReactNode; copy?: string }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary" sx={{ pt: 0.25 }}>
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0, overflowWrap: 'anywhere' }}>
        <span>{children}</span>
        {copy && <CopyButton value={copy} label={`Copy ${label}`} />}
      </Typography>
    </>
  );
}
