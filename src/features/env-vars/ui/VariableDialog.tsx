import { useRef, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import type { EnvVar } from '../domain/envDiff';
import { envRowProblems, type EnvProblem } from '../domain/envKeys';
import { TextInput } from '../../../shared/ui/TextInput';

const MONO = { fontFamily: 'monospace' };

export interface VariableDialogProps {
  /** The row being edited; absent to add one. */
  current?: EnvVar;
  /** The server's row of that key, if it is saved. */
  saved?: EnvVar;
  /** Keys of every other row, for the duplicate check. */
  otherKeys: ReadonlySet<string>;
  onSubmit: (next: EnvVar, previousKey?: string) => void;
  onClose: () => void;
}

/** Adds or edits one variable. Nothing is sent: the change joins the list to review and apply. */
export function VariableDialog({ current, saved, otherKeys, onSubmit, onClose }: VariableDialogProps) {
  const savedSecret = saved?.isSecret === true;
  const [key, setKey] = useState(current?.key ?? '');
  const [isSecret, setIsSecret] = useState(current?.isSecret ?? false);
  // A saved secret has no value in the browser, so its field starts empty and is only for a replacement.
  const [value, setValue] = useState(current?.value ?? '');
  const [submitted, setSubmitted] = useState(false);
  const keyRef = useRef<HTMLInputElement>(null);
  const valueRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  const keepsStoredSecret = isSecret && savedSecret && value === '';
  const problems = envRowProblems({
    key: key.trim(),
    isSecret,
    // An empty secret field means "no new value": keep the stored one, or (for a new secret) none yet.
    value: isSecret && value === '' ? undefined : value,
    saved: Boolean(saved),
    savedSecret,
    otherKeys,
  });
  const at = (field: EnvProblem['field']) => problems.filter((p) => p.field === field);
  const errorOf = (field: EnvProblem['field']) => at(field).find((p) => p.severity === 'error');
  const shown = (field: EnvProblem['field']) => {
    const error = errorOf(field);
    if (error && (submitted || field === 'isSecret')) return { error: true, text: error.message };
    const note = at(field).find((p) => p.severity !== 'error');
    return { error: false, text: note?.message };
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (errorOf('key')) return keyRef.current?.focus();
    if (errorOf('value') || errorOf('isSecret')) return valueRef.current?.focus();
    const next: EnvVar = keepsStoredSecret ? { key: key.trim(), isSecret: true } : { key: key.trim(), isSecret, value };
    onSubmit(next, current?.key);
  };

  const keyHelp = shown('key');
  const valueHelp = shown('value');
  const secretHelp = shown('isSecret');
  const title = current ? `Edit ${current.key}` : 'Add variable';
  return (
    <Dialog open onClose={onClose} aria-labelledby="env-var-title" fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="env-var-title">{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextInput
              ref={keyRef}
              label="Key"
              fullWidth
              value={key}
              onChange={(e) => setKey(e.target.value)}
              disabled={Boolean(saved)}
              autoFocus={!saved}
              required
              autoComplete="off"
              spellCheck={false}
              style={MONO}
              error={keyHelp.error ? keyHelp.text : undefined}
              hint={saved ? `Keys are fixed once saved; to rename, delete it and add a new one.${keyHelp.text ? ` ${keyHelp.text}` : ''}` : keyHelp.text}
            />
            {isSecret ? (
              <TextInput
                ref={valueRef}
                type="password"
                label={savedSecret ? 'Replace value' : 'Secret value'}
                fullWidth
                value={value}
                onChange={(e) => setValue(e.target.value)}
                autoFocus={Boolean(saved)}
                autoComplete="new-password"
                error={valueHelp.error ? valueHelp.text : undefined}
                hint={
                  savedSecret
                    ? 'The stored value is never shown. Leave empty to keep it, or type a new value to replace it.'
                    : 'Write-only: once applied it is never shown again. Values typed here are not kept in drafts.'
                }
              />
            ) : (
              <TextInput
                ref={valueRef}
                label="Value"
                fullWidth
                value={value}
                onChange={(e) => setValue(e.target.value)}
                autoFocus={Boolean(saved)}
                multiline
                rows={2}
                autoComplete="off"
                spellCheck={false}
                style={MONO}
                error={valueHelp.error ? valueHelp.text : undefined}
                hint={valueHelp.text}
              />
            )}
            <div>
              <FormControlLabel
                control={<Checkbox checked={isSecret} onChange={(e) => setIsSecret(e.target.checked)} disabled={savedSecret} />}
                label="Secret"
              />
              <FormHelperText error={secretHelp.error} sx={{ mt: 0 }}>
                {savedSecret
                  ? 'A secret cannot be made plain again; to do that, delete it and add it anew.'
                  : (secretHelp.text ?? 'Secrets are write-only: after saving, nobody can read the value back here or through the API.')}
              </FormHelperText>
            </div>
            {isSecret && saved && !savedSecret && (
              <Alert severity="warning">Making {saved.key} secret cannot be undone: once applied, its value is never shown again.</Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained">
            {current ? 'Update in list' : 'Add to list'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
