import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { describeError } from '../../../../shared/api/describeError';
import { useHibernationOverride } from '../../api';
import type { Deployment } from '../../../../shared/api/types';
import { ErrorPanel } from '../../../../shared/ui/ErrorPanel';
import { TextInput } from '../../../../shared/ui/TextInput';
import { useStatusWatch } from '../../../../shared/ui/statusWatch';
import { useToast } from '../../../../shared/ui/toast';
import { validateHibernationOverride } from '../../domain/hibernationOverride';
import { formatDate } from '../../../../shared/lib/time';

type Choice = 'forever' | 'until' | 'schedule';

/** `datetime-local` wants local wall time without a zone. */
function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Hibernate now, or wake up, for a while or until further notice; or drop the override and follow the schedule. */
export function HibernationDialog({ deployment: d, intent, onClose }: { deployment: Deployment; intent: 'hibernate' | 'wake'; onClose: () => void }) {
  const override = useHibernationOverride(d.organizationId, d.id);
  const toast = useToast((s) => s.show);
  const watch = useStatusWatch((s) => s.watch);
  const hasSchedule = Boolean(d.scalingSpec?.hibernationSpec?.schedules?.some((s) => s.isEnabled));
  // Only an enabled schedule is offered, so only then can it be the first choice.
  const [choice, setChoice] = useState<Choice>(intent === 'wake' && hasSchedule ? 'schedule' : 'forever');
  const [until, setUntil] = useState(() => localInputValue(new Date(Date.now() + (intent === 'hibernate' ? 12 : 2) * 3_600_000)));
  const [untilError, setUntilError] = useState<string>();
  const hibernate = intent === 'hibernate';

  const confirm = async () => {
    let body: { isHibernating: boolean; overrideUntil?: string } | null = null;
    if (choice !== 'schedule') {
      body = { isHibernating: hibernate };
      if (choice === 'until') {
        const at = new Date(until);
        if (Number.isNaN(at.getTime())) {
          setUntilError('Choose a time in the future.');
          return;
        }
        body.overrideUntil = at.toISOString().replace(/\.\d{3}Z$/, 'Z');
        // The server's own rule (the end must lie in the future), checked before asking it.
        const checked = validateHibernationOverride(body, new Date());
        if (!checked.ok) {
          setUntilError(checked.errors[0]!.message);
          return;
        }
      }
    }
    try {
      await override.mutateAsync(body);
      watch(d.id, d.name);
      const when = body?.overrideUntil ? ` until ${formatDate(body.overrideUntil)}` : body ? ' until further notice' : '';
      toast(body ? `${d.name} ${hibernate ? 'hibernates' : 'stays awake'}${when}.` : `${d.name} follows its hibernation schedule again.`, 'info');
      onClose();
    } catch (error) {
      const field = (error as { fieldErrors?: { field: string; message: string }[] }).fieldErrors?.find((e) => e.field === 'overrideUntil');
      if (field) setUntilError(field.message);
    }
  };

  return (
    <Dialog open onClose={override.isPending ? undefined : onClose} aria-labelledby="hibernation-title" fullWidth maxWidth="sm">
      <DialogTitle id="hibernation-title">{hibernate ? `Hibernate ${d.name}` : `Wake up ${d.name}`}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {hibernate
            ? 'Hibernating scales the Deployment to zero: running tasks are stopped and marked failed, the Airflow UI is unavailable and deploys wait. DAGs with catchup=True backfill missed runs on waking.'
            : 'Waking starts the scheduler and workers again, whatever the hibernation schedule says.'}
        </DialogContentText>
        <RadioGroup
          aria-label={hibernate ? 'Hibernate for how long' : 'Stay awake for how long'}
          value={choice}
          onChange={(event) => setChoice(event.target.value as Choice)}
        >
          <FormControlLabel value="forever" control={<Radio />} label="Until further notice" />
          <FormControlLabel value="until" control={<Radio />} label="Until a date and time" />
          {(hasSchedule || d.scalingSpec?.hibernationSpec?.override) && (
            <FormControlLabel value="schedule" control={<Radio />} label={hasSchedule ? 'Follow the hibernation schedule again' : 'Remove the override'} />
          )}
        </RadioGroup>
        {choice === 'until' && (
          <TextInput
            type="datetime-local"
            label={`${hibernate ? 'Wake up' : 'Hibernate'} at (your time)`}
            value={until}
            onChange={(event) => {
              setUntil(event.target.value);
              setUntilError(undefined);
            }}
            error={untilError}
            hint={until ? `${new Date(until).toISOString().slice(0, 16).replace('T', ' ')} UTC` : undefined}
          />
        )}
        {override.isError && !untilError && (
          <ErrorPanel
            {...describeError(override.error, hibernate ? 'hibernate the Deployment' : 'wake the Deployment')}
            onRetry={confirm}
            retrying={override.isPending}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={override.isPending}>
          Cancel
        </Button>
        <Button variant="contained" onClick={confirm} disabled={override.isPending}>
          {override.isPending ? 'Working…' : hibernate ? 'Hibernate' : choice === 'schedule' ? 'Follow schedule' : 'Wake up'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
