import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, type ReactNode } from 'react';

/**
 * Title, optional subtitle and actions on one line; sets the document title too (`documentTitle`, else the
 * title), so each page and tab is told apart in the browser's tabs and history.
 */
export function PageFrame({
  title,
  documentTitle = typeof title === 'string' ? title : undefined,
  subtitle,
  actions,
  children,
}: {
  title: ReactNode;
  documentTitle?: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  useEffect(() => {
    if (documentTitle) document.title = `${documentTitle} · Flightdeck`;
  }, [documentTitle]);
  return (
    <Box component="section" aria-labelledby="page-title">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' }, mb: 2 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography id="page-title" variant="h5" component="h1" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
            {title}
          </Typography>
          {subtitle && (
            <Typography color="text.secondary" variant="body2" component="div">
              {subtitle}
            </Typography>
          )}
        </Box>
        {actions && (
          <Stack direction="row" spacing={1}>
            {actions}
          </Stack>
        )}
      </Stack>
      {children}
    </Box>
  );
}
