import { useMemo, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/Download';
import { CopyButton } from '../../../../shared/ui/CopyButton';
import { downloadText } from '../../../../shared/lib/download';
import { renderAgentValues, secretsInValues, withSecretsHidden } from '../../domain/agentValues';
import { secretNames } from './SecretInFileWarning';
import { agentInstallSteps } from '../../domain/agentValuesCommands';
import { InstallCommands } from './InstallCommands';
import type { AgentValuesInput } from '../../domain/agentValuesInput';
import { validateAgentValues } from '../../domain/agentValuesRules';
import { WORKERS_ERROR_ID } from './WorkersSection';

/** The file as it will be downloaded, kept current with every choice, and the commands that go with it. */
export function ValuesPreview() {
  const { control, handleSubmit } = useFormContext<AgentValuesInput>();
  // Without a name, useWatch answers the whole form (defaults filled in), which is every field of the input.
  const values = useWatch({ control }) as AgentValuesInput;
  const [blocked, setBlocked] = useState(false);
  const [showSecrets, setShowSecrets] = useState(false);
  const yaml = renderAgentValues(values);
  const secrets = secretsInValues(values);
  // The file keeps its secrets; the preview, seen over a shoulder or on a shared screen, only on request.
  const preview = secrets.length && !showSecrets ? renderAgentValues(withSecretsHidden(values)) : yaml;
  // Counted live, so the banner shrinks as fields are fixed.
  const problems = useMemo(() => validateAgentValues(values).length, [values]);

  // react-hook-form shows every message and focuses the first marked field; the list of workers is no field.
  const onDownload = handleSubmit(
    () => {
      setBlocked(false);
      downloadText('values.yaml', yaml, 'application/yaml');
    },
    (errors) => {
      setBlocked(true);
      if (Object.keys(errors).length === 1 && errors.workers) requestAnimationFrame(() => document.getElementById(WORKERS_ERROR_ID)?.focus());
    },
  );

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, flex: 1 }}>
          values.yaml
        </Typography>
        <CopyButton value={yaml} label="Copy values.yaml" />
        <Button variant="contained" startIcon={<DownloadIcon />} onClick={onDownload}>
          Download values.yaml
        </Button>
      </Stack>
      {secrets.length > 0 && (
        <Alert severity="warning">
          This file will hold {secretNames(secrets)} in plain text. Keep it out of git and shared drives, and delete it once installed.
        </Alert>
      )}
      {blocked && problems > 0 && (
        <Alert severity="error" role="alert">
          Fix {problems === 1 ? 'the marked field' : `${problems} marked fields`} before downloading.
        </Alert>
      )}
      {secrets.length > 0 && (
        <FormControlLabel
          control={<Switch checked={showSecrets} onChange={(event) => setShowSecrets(event.target.checked)} />}
          label="Show secrets in the preview"
        />
      )}
      <Box
        component="pre"
        role="region"
        aria-label="values.yaml preview"
        tabIndex={0}
        sx={{ m: 0, p: 1.5, fontSize: 12, lineHeight: 1.5, bgcolor: 'action.hover', borderRadius: 1, overflow: 'auto', maxHeight: '55vh', whiteSpace: 'pre' }}
      >
        {preview}
      </Box>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        Install
      </Typography>
      <InstallCommands steps={agentInstallSteps(values)} />
    </Stack>
  );
}
