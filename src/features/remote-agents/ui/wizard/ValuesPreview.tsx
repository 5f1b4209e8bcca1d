import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/Download';
import { CopyButton } from '../../../../shared/ui/CopyButton';
import { downloadText } from '../../../../shared/lib/download';
import { renderAgentValues } from '../../domain/agentValues';
import { agentInstallSteps } from '../../domain/agentValuesCommands';
import { InstallCommands } from './InstallCommands';
import { fieldId, type AgentValuesForm } from './useAgentValuesForm';

/** The file as it will be downloaded, kept current with every choice, and the commands that go with it. */
export function ValuesPreview({ form }: { form: AgentValuesForm }) {
  const [blocked, setBlocked] = useState(false);
  const yaml = renderAgentValues(form.values);
  const problems = form.errors.length;

  const onDownload = () => {
    if (problems > 0) {
      form.revealAll();
      setBlocked(true);
      // Wait a frame for the messages to render, then take the person to the first one.
      requestAnimationFrame(() => document.getElementById(fieldId(form.errors[0]!.field))?.focus());
      return;
    }
    setBlocked(false);
    downloadText('values.yaml', yaml, 'application/yaml');
  };

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
      {blocked && problems > 0 && (
        <Alert severity="error" role="alert">
          Fix {problems === 1 ? 'the marked field' : `${problems} marked fields`} before downloading.
        </Alert>
      )}
      <Box
        component="pre"
        role="region"
        aria-label="values.yaml preview"
        tabIndex={0}
        sx={{ m: 0, p: 1.5, fontSize: 12, lineHeight: 1.5, bgcolor: 'action.hover', borderRadius: 1, overflow: 'auto', maxHeight: '55vh', whiteSpace: 'pre' }}
      >
        {yaml}
      </Box>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        Install
      </Typography>
      <InstallCommands steps={agentInstallSteps(form.values)} />
    </Stack>
  );
}
