import { useState, type ChangeEvent } from 'react';
import { useSearchParams } from 'react-router';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CopyButton } from '../../../shared/ui/CopyButton';
import { SelectField } from '../../../shared/ui/SelectField';
import { TextInput } from '../../../shared/ui/TextInput';
import { findEntry, type RuntimeEntry } from '../domain/catalogue';
import { composerStateFromParams, composerStateToParams, type ComposerState } from '../domain/composerState';
import { composeFromLine, parseFromLine, readImage, registryFor } from '../domain/imageTag';
import { lifecycleOf, STATUS_LABEL } from '../domain/lifecycle';
import { KNOWN_PYTHONS } from '../domain/runtimeFacts';

const DEFAULT_PYTHON = '';

function runtimeLabel(entry: RuntimeEntry, now: Date) {
  const airflow = entry.airflowVersion.state === 'unknown' ? `Airflow ${entry.airflowMajor}` : `Airflow ${entry.airflowVersion.value}`;
  return `${entry.version} · ${airflow} · ${STATUS_LABEL[lifecycleOf(entry, now).status]}`;
}

function FromLine({ line, label }: { line: string; label: string }) {
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 0 }}>
      <Box component="code" sx={{ px: 1, py: 0.5, bgcolor: 'action.hover', borderRadius: 1, overflowWrap: 'anywhere', minWidth: 0 }}>
        {line}
      </Box>
      <CopyButton value={line} label={label} />
    </Stack>
  );
}

/**
 * Pick a Runtime and its variants, get the FROM line in the documented order from the right registry, or
 * the reasons it does not exist; paste a FROM line to have it read. Every choice is in the URL.
 */
export function TagComposer({ catalogue, now }: { catalogue: readonly RuntimeEntry[]; now: Date }) {
  const [params, setParams] = useSearchParams();
  // The controls follow a local copy at once; the URL follows it (a router navigation, which lands a moment
  // later), and a URL changed from outside (Back, a pasted link) replaces the copy.
  const [state, setState] = useState(() => composerStateFromParams(params));
  const [seen, setSeen] = useState(() => params.toString());
  const [written, setWritten] = useState(seen);
  if (params.toString() !== seen) {
    setSeen(params.toString());
    if (params.toString() !== written) setState(composerStateFromParams(params));
  }
  const set = (patch: Partial<ComposerState>) => {
    const next = { ...state, ...patch };
    const search = composerStateToParams(next);
    setState(next);
    setWritten(search.toString());
    setParams(search, { replace: true });
  };
  const fallback = catalogue.find((e) => e.offered) ?? catalogue[0]!;
  const entry = (state.runtime && findEntry(catalogue, state.runtime)) || fallback;
  const composition = composeFromLine(entry, state);

  return (
    <Stack spacing={3}>
      <Paper variant="outlined" component="section" aria-labelledby="compose-title" sx={{ p: 2 }}>
        <Typography id="compose-title" variant="h6" component="h2" gutterBottom>
          Compose a FROM line
        </Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: { sm: 'flex-end' }, mb: 2 }}>
          <SelectField label="Runtime" value={entry.version} onChange={(runtime) => set({ runtime })}>
            {catalogue.map((e) => (
              <option key={e.version} value={e.version}>
                {runtimeLabel(e, now)}
              </option>
            ))}
          </SelectField>
          <SelectField label="Python" value={state.python ?? DEFAULT_PYTHON} onChange={(python) => set({ python: python || undefined })}>
            <option value={DEFAULT_PYTHON}>Image default{entry.defaultPython.state === 'unknown' ? '' : ` (${entry.defaultPython.value})`}, no suffix</option>
            {KNOWN_PYTHONS.map((p) => (
              <option key={p} value={p}>
                {p}
                {entry.pythons.versions.includes(p) ? ' (confirmed)' : ''}
              </option>
            ))}
          </SelectField>
          <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, display: 'flex', gap: 2, alignItems: 'center', fontSize: '0.875rem' }}>
            <Box component="legend" sx={{ fontSize: '0.75rem', color: 'text.secondary', p: 0 }}>
              Distribution
            </Box>
            {(['debian', 'ubi9'] as const).map((distro) => (
              <label key={distro}>
                <input type="radio" name="distro" value={distro} checked={state.distro === distro} onChange={() => set({ distro })} />{' '}
                {distro === 'debian' ? 'Debian' : 'UBI9 (RHEL)'}
              </label>
            ))}
          </Box>
          <Stack direction="row" spacing={2} sx={{ fontSize: '0.875rem' }}>
            <label>
              <input type="checkbox" checked={state.slim} onChange={(e: ChangeEvent<HTMLInputElement>) => set({ slim: e.target.checked })} /> Slim
            </label>
            <label>
              <input type="checkbox" checked={state.base} onChange={(e: ChangeEvent<HTMLInputElement>) => set({ base: e.target.checked })} /> Base (no ONBUILD
              steps)
            </label>
          </Stack>
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          Airflow {entry.airflowMajor} images come from <code>{registryFor(entry.airflowMajor)}</code>. The variants are written in the documented order:
          distribution, Python, slim, base.
        </Typography>
        <Box role="status" aria-live="polite" aria-label="Composed FROM line">
          {composition.from ? (
            <FromLine line={composition.from} label="Copy FROM line" />
          ) : (
            <Box role="alert" sx={{ color: 'error.main' }}>
              <Typography component="p" sx={{ fontWeight: 600 }}>
                This image does not exist:
              </Typography>
              <ul style={{ margin: 0 }}>
                {composition.refusals.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </Box>
          )}
          {composition.warnings.length > 0 && (
            <ul style={{ marginBottom: 0 }}>
              {composition.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
        </Box>
      </Paper>
      <FromLineReader catalogue={catalogue} now={now} text={state.read} onText={(read) => set({ read })} />
    </Stack>
  );
}

function FromLineReader({ catalogue, now, text, onText }: { catalogue: readonly RuntimeEntry[]; now: Date; text: string; onText: (text: string) => void }) {
  const parsed = text.trim() ? parseFromLine(text) : undefined;
  const reading = parsed?.ok ? readImage(parsed.image, catalogue, now) : undefined;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="read-title" sx={{ p: 2 }}>
      <Typography id="read-title" variant="h6" component="h2" gutterBottom>
        Read a FROM line
      </Typography>
      <TextInput
        label="FROM line"
        placeholder="FROM quay.io/astronomer/astro-runtime:12.4.0-python-3.12"
        value={text}
        onChange={(event) => onText(event.target.value)}
        error={parsed && !parsed.ok ? parsed.error : undefined}
        hint="Either variant order is read: python then slim, or slim then python."
        fullWidth
        spellCheck={false}
      />
      {reading && (
        <Box role="status" aria-label="Reading" sx={{ mt: 2 }}>
          <Typography component="p" sx={{ fontWeight: 600 }}>
            {reading.summary}
          </Typography>
          <Typography component="p" variant="body2">
            {reading.status ? `Lifecycle: ${reading.status}.` : 'Not in the catalogue: the API does not list this version, so its lifecycle is unknown.'}
            {reading.problems.length === 0 && reading.entry && !reading.stale ? ' The catalogue knows of no problem with this image.' : ''}
          </Typography>
          {reading.problems.length > 0 && (
            <ul>
              {reading.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          {reading.documentedFrom && (
            <>
              <Typography component="p" variant="body2" sx={{ mt: 1 }}>
                The variants are not in the documented order; tools that expect it (the Astro CLI among them) may misread this tag. The same image, in order:
              </Typography>
              <FromLine line={reading.documentedFrom} label="Copy the line in the documented order" />
            </>
          )}
          {reading.moveTo && (
            <>
              <Typography component="p" variant="body2" sx={{ mt: 1 }}>
                Move to {reading.moveTo.version}, {reading.moveTo.why}
                {reading.moveTo.from ? ':' : ', once its variants exist for it.'}
              </Typography>
              {reading.moveTo.from && <FromLine line={reading.moveTo.from} label={`Copy the FROM line for ${reading.moveTo.version}`} />}
            </>
          )}
          {reading.stale && (
            <Typography component="p" variant="body2" sx={{ mt: 1 }}>
              {reading.upgrades.length
                ? 'It is no longer supported. Newer Runtimes the API offers:'
                : 'It is no longer supported, and the API offers no newer Runtime of this Airflow version.'}
            </Typography>
          )}
          {reading.upgrades.map((upgrade) => (
            <Box key={upgrade.version} sx={{ mt: 0.5 }}>
              <Typography component="p" variant="body2">
                {upgrade.version} ({upgrade.status}){upgrade.from ? '' : ': these variants do not exist for it.'}
              </Typography>
              {upgrade.from && <FromLine line={upgrade.from} label={`Copy the FROM line for ${upgrade.version}`} />}
              {upgrade.warnings.map((warning) => (
                <Typography key={warning} component="p" variant="caption" color="text.secondary">
                  {warning}
                </Typography>
              ))}
            </Box>
          ))}
          {!reading.moveTo && reading.entry && (
            <Typography component="p" variant="body2" sx={{ mt: 1 }}>
              No newer patch of this line is in the catalogue.
            </Typography>
          )}
        </Box>
      )}
    </Paper>
  );
}
