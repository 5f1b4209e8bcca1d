import type { ReactNode } from 'react';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Switch from '@mui/material/Switch';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { fieldId, getIn, type AgentValuesForm } from './useAgentValuesForm';

type TextProps = { form: AgentValuesForm; path: string; label: string; help?: ReactNode; number?: boolean } & Omit<TextFieldProps, 'form'>;

/** A text or number input bound to one field path, with its rule error under it once the field was left. */
export function FormText({ form, path, label, help, number, ...rest }: TextProps) {
  const value = getIn(form.values, path);
  const error = form.errorOf(path);
  return (
    <TextField
      id={fieldId(path)}
      label={label}
      size="small"
      fullWidth
      value={number ? (Number.isNaN(value) ? '' : String(value)) : (value as string)}
      onChange={(event) => form.set(path, number ? (event.target.value === '' ? Number.NaN : Number(event.target.value)) : event.target.value)}
      onBlur={() => form.touch(path)}
      error={Boolean(error)}
      helperText={error ?? help}
      type={number ? 'number' : 'text'}
      autoComplete="off"
      spellCheck={false}
      {...rest}
    />
  );
}

export function FormChoice<T extends string>({
  form,
  path,
  label,
  options,
}: {
  form: AgentValuesForm;
  path: string;
  label: string;
  options: { value: T; label: ReactNode }[];
}) {
  const id = fieldId(path);
  return (
    <FormControl component="fieldset">
      <FormLabel component="legend" id={`${id}-label`}>
        {label}
      </FormLabel>
      <RadioGroup aria-labelledby={`${id}-label`} value={getIn(form.values, path) as string} onChange={(event) => form.set(path, event.target.value)}>
        {options.map((o) => (
          <FormControlLabel key={o.value} value={o.value} control={<Radio size="small" />} label={o.label} />
        ))}
      </RadioGroup>
    </FormControl>
  );
}

export function FormSwitch({ form, path, label }: { form: AgentValuesForm; path: string; label: string }) {
  const error = form.errorOf(path);
  return (
    <FormControl error={Boolean(error)}>
      <FormControlLabel
        control={<Switch id={fieldId(path)} checked={Boolean(getIn(form.values, path))} onChange={(event) => form.set(path, event.target.checked)} />}
        label={label}
      />
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
}
