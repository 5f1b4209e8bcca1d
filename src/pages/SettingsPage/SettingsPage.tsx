import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { demoAvailable, useConnection, type ConnectionMode } from '../../api/connection';
import { validateConnection } from '../../domain/connection';
import { PageFrame } from '../../components/PageFrame';

/** Only same-origin paths are followed after saving, so a crafted link cannot send you elsewhere. */
function safeReturnTo(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

/** The kept token may only go on to the API it was entered for, never to a base URL on another origin. */
function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a.trim()).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

export default function SettingsPage() {
  const connection = useConnection();
  const [params] = useSearchParams();
  const [mode, setMode] = useState<ConnectionMode>(connection.mode);
  const [baseUrl, setBaseUrl] = useState(connection.baseUrl);
  const [token, setToken] = useState('');
  const [errors, setErrors] = useState<{ baseUrl?: string; token?: string }>({});
  const unauthorized = params.has('returnTo') && connection.mode === 'live';
  const keptToken = connection.token && sameOrigin(baseUrl, connection.baseUrl) ? connection.token : '';

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'demo') {
      connection.setDemo();
    } else {
      const found = validateConnection({ baseUrl, token: token || keptToken });
      setErrors(found);
      if (found.baseUrl || found.token) return;
      connection.setLive(baseUrl.trim().replace(/\/+$/, ''), (token || keptToken).trim());
    }
    // A full reload starts (or leaves out) the in-browser demo backend to match the new mode.
    window.location.assign(safeReturnTo(params.get('returnTo')));
  };

  return (
    <PageFrame title="Settings" subtitle="Where Flightdeck gets its data">
      <Paper variant="outlined" sx={{ p: 3, maxWidth: 640 }} component="form" onSubmit={save} noValidate>
        {unauthorized && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            The API refused the token (401). Enter a valid API token to continue.
          </Alert>
        )}
        <Typography variant="h6" component="h2" gutterBottom>
          Connection
        </Typography>
        <RadioGroup aria-label="Mode" value={mode} onChange={(e) => setMode(e.target.value as ConnectionMode)}>
          <FormControlLabel
            value="demo"
            control={<Radio />}
            disabled={!demoAvailable}
            label={demoAvailable ? 'Demo: a simulated Organization in this browser' : 'Demo (not part of this build: use npm run build:demo)'}
          />
          <FormControlLabel value="live" control={<Radio />} label="Live: a real Astro API with an API token" />
        </RadioGroup>
        {mode === 'live' && (
          <Stack spacing={2} sx={{ mt: 2 }}>
            <TextField
              label="API base URL"
              value={baseUrl}
              onChange={(e) => setBaseUrl(e.target.value)}
              error={Boolean(errors.baseUrl)}
              helperText={errors.baseUrl ?? 'For Astro: https://api.astronomer.io/v1'}
              required
              fullWidth
            />
            <TextField
              label="API token"
              type="password"
              value={token}
              onChange={(e) => setToken(e.target.value)}
              error={Boolean(errors.token)}
              helperText={
                errors.token ??
                (keptToken
                  ? 'A token is set for this tab. Leave empty to keep it.'
                  : connection.token
                    ? 'The token set for this tab belongs to another API URL: enter the token for this one.'
                    : 'An Organization, Workspace or Deployment API token. Kept only for this browser tab.')
              }
              autoComplete="off"
              required={!keptToken}
              fullWidth
            />
            <Typography variant="body2" color="text.secondary">
              Requests go through the Flightdeck server (dev or preview) to this URL, because browsers cannot call the
              Astro API directly. The token is never written to localStorage.
            </Typography>
          </Stack>
        )}
        <Stack direction="row" spacing={1} sx={{ mt: 3 }}>
          <Button type="submit" variant="contained">
            {mode === 'live' ? 'Connect' : 'Use demo mode'}
          </Button>
        </Stack>
      </Paper>
    </PageFrame>
  );
}
