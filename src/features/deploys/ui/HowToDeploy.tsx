import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { CopyButton } from '../../../shared/ui/CopyButton';
import { deployCommands, githubActionsWorkflow } from '../domain/deployCommands';

const codeBlock = { m: 0, p: 1.5, bgcolor: 'action.hover', borderRadius: 1, overflowX: 'auto', fontSize: 13 } as const;

/** The commands that deploy to this Deployment, ready to paste, and the same as a CI step. */
export function HowToDeploy({ deploymentId, defaultExpanded }: { deploymentId: string; defaultExpanded: boolean }) {
  const workflow = githubActionsWorkflow(deploymentId);
  return (
    <Accordion variant="outlined" defaultExpanded={defaultExpanded} sx={{ mt: 2 }} disableGutters>
      <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls="how-to-deploy" id="how-to-deploy-header">
        {/* The accordion's own heading (h2) holds this title. */}
        <Typography component="span" sx={{ fontWeight: 600 }}>
          How to deploy
        </Typography>
      </AccordionSummary>
      <AccordionDetails id="how-to-deploy">
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          With the Astro CLI, from your Astro project folder, after <code>astro login</code>:
        </Typography>
        <Stack spacing={1.5} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {deployCommands(deploymentId).map((c) => (
            <li key={c.label}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {c.label}
                <Typography component="span" variant="body2" color="text.secondary">
                  {' '}
                  · {c.explanation}
                </Typography>
              </Typography>
              <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                <Box component="pre" sx={{ ...codeBlock, flex: 1 }}>
                  <code>{c.command}</code>
                </Box>
                <CopyButton value={c.command} label={`Copy the command: ${c.label}`} />
              </Stack>
            </li>
          ))}
        </Stack>
        <Typography variant="body2" sx={{ fontWeight: 600, mt: 2 }}>
          GitHub Actions
          <Typography component="span" variant="body2" color="text.secondary">
            {' '}
            · deploys on every push to main; store a Deployment API token as the <code>ASTRO_API_TOKEN</code> secret
          </Typography>
        </Typography>
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
          <Box component="pre" sx={{ ...codeBlock, flex: 1 }} aria-label="GitHub Actions workflow" tabIndex={0}>
            <code>{workflow}</code>
          </Box>
          <CopyButton value={workflow} label="Copy the GitHub Actions workflow" />
        </Stack>
      </AccordionDetails>
    </Accordion>
  );
}
