import { Suspense, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import InfoIcon from '@mui/icons-material/InfoOutlined';
import CloudDoneIcon from '@mui/icons-material/CloudDoneOutlined';
import { Link as RouterLink } from '../shared/routes/Link';
import { useConnection } from '../shared/api/connection';
import { paths } from '../shared/routes/paths';
import { DemoPanel } from '../features/demo';

/** Always says where the data comes from: the in-browser demo backend or a real Astro API. */
export function ModeBanner() {
  const { mode, baseUrl } = useConnection();
  const [panelOpen, setPanelOpen] = useState(false);
  const demo = mode === 'demo';
  return (
    <Box
      role="region"
      aria-label="Connection mode"
      sx={{
        display: 'flex',
        alignItems: 'center',
        flexWrap: 'wrap',
        gap: 1,
        px: 2,
        py: 0.5,
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: 'background.paper',
      }}
    >
      {demo ? <InfoIcon color="info" fontSize="small" /> : <CloudDoneIcon color="success" fontSize="small" />}
      <Typography variant="body2" sx={{ flex: 1, minWidth: 200 }}>
        {demo ? (
          'Demo mode: simulated Organization served in your browser. Nothing reaches a real Astro API.'
        ) : (
          <>
            Live mode: connected to <strong>{baseUrl}</strong>
          </>
        )}
      </Typography>
      {demo && (
        <Button size="small" onClick={() => setPanelOpen(true)}>
          Demo controls
        </Button>
      )}
      <Button size="small" component={RouterLink} to={paths.settings()}>
        {demo ? 'Connect to Astro' : 'Settings'}
      </Button>
      {panelOpen && (
        <Suspense fallback={null}>
          <DemoPanel onClose={() => setPanelOpen(false)} />
        </Suspense>
      )}
    </Box>
  );
}
