import type { ComponentProps, ReactNode } from 'react';
import { Controller, useFormContext, type FieldPath, type Resolver } from 'react-hook-form';
import { useFieldError as useSharedFieldError } from '../../../../shared/ui/useFieldError';
import { toNestErrors } from '@hookform/resolvers';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Switch from '@mui/material/Switch';
import { TextInput } from '../../../../shared/ui/TextInput';
import type { AgentValuesInput } from '../../domain/agentValuesInput';
import { validateAgentValues } from '../../domain/agentValuesRules';

export type AgentField = FieldPath<AgentValuesInput>;

/** The domain rules as the form's resolver: each problem under its field (`workers[0].name` nests as RHF expects). */
export const agentValuesResolver: Resolver<AgentValuesInput> = (values, _context, options) => {
  const errors: Record<string, { type: string; message: string }> = {};
  // The first problem of a field is the one to fix first.
  for (const p of validateAgentValues(values)) errors[p.field] ??= { type: p.code, message: p.message };
  if (Object.keys(errors).length === 0) return { values, errors: {} };
  return { values: {}, errors: toNestErrors(errors, options) };
};

/** The message under a field, once the person left it or tried a download (onTouched mode); typed by the wizard's names. */
export const useFieldError: (name: AgentField | 'workers') => string | undefined = useSharedFieldError;

type TextProps = { name: AgentField; label: string; help?: ReactNode; number?: boolean } & Omit<ComponentProps<typeof TextInput>, 'name' | 'hint' | 'error'>;

/** A text or number input bound to one field, with its rule error under it. */
export function FormText({ name, label, help, number, ...rest }: TextProps) {
  const { register } = useFormContext<AgentValuesInput>();
  const error = useFieldError(name);
  return (
    <TextInput
      label={label}
      hint={help}
      error={error}
      fullWidth
      type={rest.multiline ? undefined : number ? 'number' : 'text'}
      autoComplete="off"
      spellCheck={false}
      {...rest}
      {...register(name, number ? { valueAsNumber: true } : {})}
    />
  );
}

/** Comma-separated words edited as one text, stored as a list. */
export function FormList({ name, label, help }: { name: AgentField; label: string; help?: ReactNode }) {
  const { control } = useFormContext<AgentValuesInput>();
  const error = useFieldError(name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <TextInput
          label={label}
          hint={help}
          error={error}
          fullWidth
          autoComplete="off"
          spellCheck={false}
          name={field.name}
          ref={field.ref}
          value={(field.value as string[]).join(',')}
          onChange={(event) => field.onChange(event.target.value === '' ? [] : event.target.value.split(',').map((q) => q.trim()))}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}

export function FormChoice<T extends string>({ name, label, options }: { name: AgentField; label: string; options: { value: T; label: ReactNode }[] }) {
  const { control } = useFormContext<AgentValuesInput>();
  const labelId = `agent-${name.replace(/[^A-Za-z0-9]+/g, '-')}-label`;
  return (
    <FormControl component="fieldset">
      <FormLabel component="legend" id={labelId}>
        {label}
      </FormLabel>
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <RadioGroup aria-labelledby={labelId} name={field.name} value={field.value as string} onChange={(event) => field.onChange(event.target.value)}>
            {options.map((o) => (
              <FormControlLabel key={o.value} value={o.value} control={<Radio size="small" />} label={o.label} />
            ))}
          </RadioGroup>
        )}
      />
    </FormControl>
  );
}

export function FormSwitch({ name, label }: { name: AgentField; label: string }) {
  const { control } = useFormContext<AgentValuesInput>();
  const error = useFieldError(name);
  return (
    <FormControl error={Boolean(error)}>
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <FormControlLabel
            control={
              <Switch
                slotProps={{ input: { ref: field.ref } }}
                name={field.name}
                checked={Boolean(field.value)}
                onChange={(event) => field.onChange(event.target.checked)}
                onBlur={field.onBlur}
              />
            }
            label={label}
          />
        )}
      />
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
}
