import { useState } from 'react';
import { useParams } from 'react-router';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { Tooltip } from '../../../shared/ui/Tooltip';
import Typography from '@mui/material/Typography';
import ScienceIcon from '@mui/icons-material/Science';
import { describeError } from '../../../shared/api/describeError';
import { useSimulateDeploy, type SimulateDeployRequest } from '../api';
import type { Deployment } from '../../../shared/api/types';
import { ErrorPanel } from '../../../shared/ui/ErrorPanel';
import { TextInput } from '../../../shared/ui/TextInput';
import { useToast } from '../../../shared/ui/toast';
import { DEPLOY_DESCRIPTION_MAX } from '../domain/deployRules';

const TYPES: { value: SimulateDeployRequest['type']; label: string; hint: string }[] = [
  { value: 'IMAGE_AND_DAG', label: 'Image and DAGs', hint: 'astro deploy' },
  { value: 'DAG_ONLY', label: 'DAG-only', hint: 'astro deploy --dags' },
  { value: 'IMAGE_ONLY', label: 'Image only', hint: 'astro deploy --image' },
  { value: 'BUNDLE', label: 'Bundle', hint: 'a dbt project bundle' },
];

/** Why the demo cannot simulate a deploy now, or undefined when it can. */
function blocker(d: Deployment): string | undefined {
  if (d.status === 'DEPLOYING') return 'Wait until the deploy in progress has finished.';
  if (d.status === 'CREATING') return 'The Deployment is still being created.';
  if (d.status === 'HIBERNATING') return 'The Deployment is hibernating; wake it up first.';
  return undefined;
}

/** Demo mode only: plays `astro deploy` against the demo backend (create, upload, finalize). */
export function SimulateDeployButton({ deployment: d }: { deployment: Deployment }) {
  const { organizationId = '' } = useParams();
  const [open, setOpen] = useState(false);
  const [type, setType] = useState<SimulateDeployRequest['type']>('IMAGE_AND_DAG');
  const [git, setGit] = useState(true);
  const [fail, setFail] = useState(false);
  const [description, setDescription] = useState('');
  const simulate = useSimulateDeploy(organizationId, d.id);
  const toast = useToast((state) => state.show);
  const why = blocker(d);
  const tooLong = description.length > DEPLOY_DESCRIPTION_MAX;

  const start = () =>
    simulate.mutate(
      { type, git, fail, ...(description.trim() && { description: description.trim() }) },
      {
        onSuccess: (deploy) => {
          toast(deploy.imageTag ? `Simulated deploy started: ${deploy.imageTag}` : 'Simulated DAG-only deploy started.', 'info');
          setOpen(false);
        },
      },
    );

  return (
    <>
      <Tooltip title={why ?? 'Demo: play a deploy as the Astro CLI would'}>
        {(describedBy) => (
          // aria-disabled, not disabled: a disabled button takes no hover or focus, so it could not say why.
          <Button
            variant="outlined"
            startIcon={<ScienceIcon />}
            onClick={() => !why && (simulate.reset(), setOpen(true))}
            aria-disabled={Boolean(why)}
            aria-describedby={describedBy}
            sx={why ? { opacity: 0.6, cursor: 'not-allowed' } : undefined}
          >
            Simulate deploy
          </Button>
        )}
      </Tooltip>
      <Dialog open={open} onClose={simulate.isPending ? undefined : () => setOpen(false)} aria-labelledby="simulate-title" fullWidth maxWidth="sm">
        <DialogTitle id="simulate-title">Simulate a deploy</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">
              The demo backend plays the CLI against the real API: it creates the deploy, uploads for a few seconds, then finalizes it while the Deployment
              restarts.
            </Typography>
            <FormControl>
              <FormLabel id="simulate-type">Kind of deploy</FormLabel>
              <RadioGroup aria-labelledby="simulate-type" value={type} onChange={(e) => setType(e.target.value as SimulateDeployRequest['type'])}>
                {TYPES.map((t) => (
                  <FormControlLabel
                    key={t.value}
                    value={t.value}
                    control={<Radio />}
                    disabled={t.value === 'DAG_ONLY' && !d.isDagDeployEnabled}
                    label={
                      <>
                        {t.label}{' '}
                        <Typography component="span" variant="body2" color="text.secondary">
                          ({t.value === 'DAG_ONLY' && !d.isDagDeployEnabled ? 'DAG-only deploys are off for this Deployment' : t.hint})
                        </Typography>
                      </>
                    }
                  />
                ))}
              </RadioGroup>
            </FormControl>
            <FormControlLabel
              control={<Checkbox checked={git} onChange={(e) => setGit(e.target.checked)} />}
              label="From GitHub Actions, with commit details"
            />
            <FormControlLabel
              control={<Checkbox checked={fail} onChange={(e) => setFail(e.target.checked)} />}
              label="Make it fail (the image push is rejected)"
            />
            <TextInput
              label="Description"
              fullWidth
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              error={tooLong ? `Description must be at most ${DEPLOY_DESCRIPTION_MAX} characters.` : undefined}
              hint="Optional, as with astro deploy --description"
            />
            {simulate.isError && <ErrorPanel {...describeError(simulate.error, 'start the simulated deploy')} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={simulate.isPending}>
            Cancel
          </Button>
          <Button variant="contained" onClick={start} disabled={simulate.isPending || tooLong}>
            {simulate.isPending ? 'Starting…' : 'Start deploy'}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
