import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import type { ConflictChoice, EnvMerge, EnvVar } from '../domain/envDiff';
import { ChangeList } from './ReviewDialog';

function version(v: EnvVar | undefined): string {
  if (!v) return 'deleted';
  if (v.isSecret) return v.value !== undefined ? 'secret, new value' : 'secret (value hidden)';
  const value = v.value ?? '';
  return `“${value.length > 50 ? `${value.slice(0, 50)}…` : value}”`;
}

/**
 * Someone changed the variables since this editor loaded them. Their changes and mine that do not touch
 * the same key are combined; each key both changed is decided here, one by one. Nothing is sent yet.
 */
export function MergeDialog({ merge, onUse, onClose }: { merge: EnvMerge; onUse: (choices: Record<string, ConflictChoice>) => void; onClose: () => void }) {
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const open = merge.conflicts.filter((c) => !choices[c.key]).length;
  return (
    <Dialog open onClose={onClose} aria-labelledby="env-merge-title" fullWidth maxWidth="md">
      <DialogTitle id="env-merge-title">The variables changed while you were editing</DialogTitle>
      <DialogContent>
        <Alert severity="info" role="note" sx={{ mb: 2 }}>
          Someone else saved changes to this Deployment’s variables after you started. Nothing of yours was sent and nothing of theirs is overwritten: review
          the combined list below.
        </Alert>
        <Typography variant="h6" component="h3" sx={{ fontSize: '1rem' }}>
          Their changes (kept)
        </Typography>
        {merge.theirs.length ? (
          <ChangeList changes={merge.theirs} label="theirs" />
        ) : (
          <Typography color="text.secondary">None outside the conflicts.</Typography>
        )}
        <Typography variant="h6" component="h3" sx={{ fontSize: '1rem', mt: 2 }}>
          Your changes (kept)
        </Typography>
        {merge.mine.length ? <ChangeList changes={merge.mine} label="yours" /> : <Typography color="text.secondary">None outside the conflicts.</Typography>}
        {merge.conflicts.length > 0 && (
          <Box component="section" aria-label="Conflicts" sx={{ mt: 2 }}>
            <Typography variant="h6" component="h3" sx={{ fontSize: '1rem' }}>
              Conflicts ({merge.conflicts.length})
            </Typography>
            {merge.conflicts.map((c) => (
              <FormControl key={c.key} component="fieldset" sx={{ display: 'block', mt: 1.5 }}>
                <FormLabel component="legend">
                  <code>{c.key}</code> (was {version(c.base)})
                </FormLabel>
                <RadioGroup row value={choices[c.key] ?? ''} onChange={(e) => setChoices((s) => ({ ...s, [c.key]: e.target.value as ConflictChoice }))}>
                  <FormControlLabel value="mine" control={<Radio />} label={`Keep mine: ${version(c.mine)}`} />
                  <FormControlLabel value="theirs" control={<Radio />} label={`Take theirs: ${version(c.theirs)}`} />
                </RadioGroup>
              </FormControl>
            ))}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        {open > 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ mr: 'auto', pl: 2 }}>
            {open} {open === 1 ? 'conflict' : 'conflicts'} left to decide
          </Typography>
        )}
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" disabled={open > 0} onClick={() => onUse(choices)}>
          Use combined list
        </Button>
      </DialogActions>
    </Dialog>
  );
}
