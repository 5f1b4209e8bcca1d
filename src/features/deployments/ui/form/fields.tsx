import { Controller, useFormContext, type FieldPath } from 'react-hook-form';
import { useFieldError as useSharedFieldError } from '../../../../shared/ui/useFieldError';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import type { ReactNode } from 'react';
import { TextInput as SharedTextInput, type TextInputProps } from '../../../../shared/ui/TextInput';
import type { DeploymentFormValues } from '../../domain/deploymentForm';

type Name = FieldPath<DeploymentFormValues>;

/** A field's error (a list's own error sits under `root`); typed by the form's names. */
export const useFieldError: (name: Name) => string | undefined = useSharedFieldError;

/** A text or number input bound to the form (the console's one text field), with its error (or help) underneath. */
export function TextInput({
  name,
  number,
  helperText,
  ...props
}: { name: Name; number?: boolean; helperText?: ReactNode } & Omit<TextInputProps, 'name' | 'hint' | 'error' | 'ref'>) {
  const { register } = useFormContext<DeploymentFormValues>();
  const error = useFieldError(name);
  return (
    <SharedTextInput
      fullWidth
      {...props}
      type={number ? 'number' : props.type}
      {...register(name, number ? { valueAsNumber: true } : {})}
      error={error}
      hint={helperText}
    />
  );
}

export function SelectInput({
  name,
  choices,
  helperText,
  ...props
}: { name: Name; choices: ReadonlyArray<{ value: string; label: string }> } & Omit<TextFieldProps, 'name' | 'select'>) {
  const { control } = useFormContext<DeploymentFormValues>();
  const error = useFieldError(name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <TextField
          size="small"
          {...props}
          select
          name={field.name}
          inputRef={field.ref}
          value={(field.value as string | undefined) ?? ''}
          onChange={(event) => field.onChange(event.target.value)}
          onBlur={field.onBlur}
          error={Boolean(error)}
          helperText={error ?? helperText}
        >
          {choices.map((c) => (
            <MenuItem key={c.value} value={c.value}>
              {c.label}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );
}

export function SwitchInput({ name, label, disabled }: { name: Name; label: string; disabled?: boolean }) {
  const { control } = useFormContext<DeploymentFormValues>();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FormControlLabel
          control={<Switch checked={Boolean(field.value)} onChange={(event) => field.onChange(event.target.checked)} disabled={disabled} />}
          label={label}
        />
      )}
    />
  );
}
