import { lazy, Suspense, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { Link as RouterLink } from 'react-router';
import { useConnection } from '../api/connection';
import { paths } from './paths';

const DemoPanel = lazy(() => import('./DemoPanel'));

/** Always says where the data comes from: the in-browser demo backend or a real Astro API. */
export function ModeBanner() {
  const { mode, baseUrl } = useConnection();
  const [panelOpen, setPanelOpen] = useState(false);
  if (mode === 'demo') {
    return (
      <Alert
        severity="info"
        variant="outlined"
        role="region"
        aria-label="Connection mode"
        sx={{ borderRadius: 0, borderLeft: 0, borderRight: 0, py: 0 }}
        action={
          <>
            <Button color="inherit" size="small" onClick={() => setPanelOpen(true)}>
              Demo controls
            </Button>
            <Button color="inherit" size="small" component={RouterLink} to={paths.settings()}>
              Connect to Astro
            </Button>
          </>
        }
      >
        Demo mode: simulated Organization served in your browser. Nothing reaches a real Astro API.
        {panelOpen && (
          <Suspense fallback={null}>
            <DemoPanel onClose={() => setPanelOpen(false)} />
          </Suspense>
        )}
      </Alert>
    );
  }
  return (
    <Alert
      severity="success"
      variant="outlined"
      role="region"
      aria-label="Connection mode"
      sx={{ borderRadius: 0, borderLeft: 0, borderRight: 0, py: 0 }}
      action={
        <Button color="inherit" size="small" component={RouterLink} to={paths.settings()}>
          Settings
        </Button>
      }
    >
      Live mode: connected to <strong>{baseUrl}</strong>
    </Alert>
  );
}
