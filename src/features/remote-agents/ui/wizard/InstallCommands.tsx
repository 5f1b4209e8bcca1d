import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CopyButton } from '../../../../shared/ui/CopyButton';
import type { InstallStep } from '../../domain/agentValuesCommands';

const codeSx = { m: 0, p: 1, flex: 1, bgcolor: 'action.hover', borderRadius: 1, fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all' } as const;

/** The commands in order, each with a copy button; none carries a secret (they read it from the terminal). */
export function InstallCommands({ steps }: { steps: InstallStep[] }) {
  return (
    <Box component="ol" aria-label="Install commands" sx={{ pl: 2.5, m: 0 }}>
      {steps.map((step) => (
        <Box component="li" key={step.title} sx={{ mb: 1.5 }}>
          <Typography variant="body2" sx={{ mb: 0.5 }}>
            {step.title}
          </Typography>
          {step.file && (
            <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start', mb: 0.5 }}>
              <Box component="pre" role="region" aria-label={step.file.name} sx={codeSx}>
                {step.file.content}
              </Box>
              <CopyButton value={step.file.content} label={`Copy ${step.file.name}`} />
            </Stack>
          )}
          <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
            <Box component="pre" sx={codeSx}>
              {step.command}
            </Box>
            <CopyButton value={step.command} label={`Copy command: ${step.title}`} />
          </Stack>
        </Box>
      ))}
    </Box>
  );
}
