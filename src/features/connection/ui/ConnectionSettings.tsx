import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { demoAvailable, useConnection, type ConnectionMode } from '../../../shared/api/connection';
import { allowedUpstreams } from '../../../shared/lib/liveUpstream';
import { safeReturnTo } from '../domain/safeReturnTo';
import { validateConnection } from '../domain/validateConnection';
import { PageFrame } from '../../../shared/ui/PageFrame';
import { SelectField } from '../../../shared/ui/SelectField';
import { TextInput } from '../../../shared/ui/TextInput';

/** The kept token may only go on to the API it was entered for, never to a base URL on another origin. */
function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a.trim()).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/** Demo or live, and for live the API base URL and token; Save reloads into the chosen mode. */
export function ConnectionSettings() {
  const connection = useConnection();
  const [params] = useSearchParams();
  const [mode, setMode] = useState<ConnectionMode>(connection.mode);
  // The production server forwards only to its allow-list, so it is offered as a choice; the dev server
  // forwards to any https API, so there the URL is typed.
  const [allowed] = useState(allowedUpstreams);
  const [baseUrl, setBaseUrl] = useState(() => (allowed && !allowed.includes(connection.baseUrl) ? allowed[0]! : connection.baseUrl));
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
      if (found.baseUrl || found.token) {
        // Take the person to the first field to fix, once it has rendered its error.
        requestAnimationFrame(() => document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus());
        return;
      }
      connection.setLive(baseUrl.trim().replace(/\/+$/, ''), (token || keptToken).trim());
    }
    // A full reload starts (or leaves out) the in-browser demo backend to match the new mode.
    window.location.assign(safeReturnTo(params.get('returnTo'), window.location.origin));
  };

  return (
    <PageFrame title="Settings" subtitle="Where Flightdeck gets its data">
      <Box
        component="form"
        onSubmit={save}
        noValidate
        sx={{ p: 3, maxWidth: 640, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}
      >
        {unauthorized && (
          <Typography role="alert" sx={{ mb: 2, p: 1.5, borderRadius: 1, border: 1, borderColor: 'warning.main' }}>
            The API refused the token (401). Enter a valid API token to continue.
          </Typography>
        )}
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, '& label': { display: 'flex', gap: 1, alignItems: 'center', py: 0.5 } }}>
          <Typography component="legend" variant="h6" sx={{ mb: 1 }}>
            Connection
          </Typography>
          <label>
            <input type="radio" name="mode" value="demo" checked={mode === 'demo'} disabled={!demoAvailable} onChange={() => setMode('demo')} />
            {demoAvailable ? 'Demo: a simulated Organization in this browser' : 'Demo (not part of this build: use npm run build:demo)'}
          </label>
          <label>
            <input type="radio" name="mode" value="live" checked={mode === 'live'} onChange={() => setMode('live')} />
            Live: a real Astro API with an API token
          </label>
        </Box>
        {mode === 'live' && (
          <Stack spacing={2} sx={{ mt: 2 }}>
            {allowed ? (
              <SelectField label="API base URL" value={baseUrl} onChange={setBaseUrl}>
                {allowed.map((url) => (
                  <option key={url} value={url}>
                    {url}
                  </option>
                ))}
              </SelectField>
            ) : (
              <TextInput
                label="API base URL"
                value={baseUrl}
                onChange={(e) => setBaseUrl(e.target.value)}
                error={errors.baseUrl}
                hint="For Astro: https://api.astronomer.io/v1"
                required
                fullWidth
              />
            )}
            <TextInput
              label="API token"
              type="password"
              value={token}
              onChange={(e) => setToken(e.target.value)}
              error={errors.token}
              hint={
                keptToken
                  ? 'A token is set for this tab. Leave empty to keep it.'
                  : connection.token
                    ? 'The token set for this tab belongs to another API URL: enter the token for this one.'
                    : 'An Organization, Workspace or Deployment API token. Kept only for this browser tab.'
              }
              autoComplete="off"
              required={!keptToken}
              fullWidth
            />
            <Typography variant="body2" color="text.secondary">
              {allowed
                ? 'Requests go through this Flightdeck server, which forwards only to the APIs it is set up for (FLIGHTDECK_UPSTREAMS), because browsers cannot call the Astro API directly.'
                : 'Requests go through the Flightdeck dev server to this URL, because browsers cannot call the Astro API directly.'}{' '}
              The token is never written to localStorage.
            </Typography>
          </Stack>
        )}
        <Stack direction="row" spacing={1} sx={{ mt: 3 }}>
          <Button type="submit" variant="contained">
            {mode === 'live' ? 'Connect' : 'Use demo mode'}
          </Button>
        </Stack>
      </Box>
    </PageFrame>
  );
}
