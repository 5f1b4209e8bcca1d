import { styled } from '@mui/material/styles';
import { nativeControl } from './nativeControl';
import { oncePerTheme } from './oncePerTheme';
import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

const Field = styled('div')(
  oncePerTheme((theme) => ({
    display: 'inline-flex',
    flexDirection: 'column',
    gap: 2,
    '& label': { fontSize: '0.75rem', color: theme.palette.text.secondary },
    '& input, & textarea': {
      ...nativeControl(theme),
      padding: '6px 10px',
      minWidth: 0,
      '&[aria-invalid="true"]': { borderColor: theme.palette.error.main },
      '&:disabled': { color: theme.palette.text.disabled, borderColor: theme.palette.action.disabled },
      '&[readonly]': { background: theme.palette.action.hover },
    },
    '& textarea': { resize: 'vertical' },
    '& .hint': { fontSize: '0.75rem', color: theme.palette.text.secondary },
    '& .hint.error': { color: theme.palette.error.main },
  })),
);

export type TextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'ref'> & {
  label: string;
  /** Help under the field; an `error` takes its place. Both are the field's accessible description. */
  hint?: ReactNode;
  error?: string;
  fullWidth?: boolean;
  /** A textarea of `rows` lines (the person can drag it taller). */
  multiline?: boolean;
  rows?: number;
  ref?: Ref<HTMLInputElement> | Ref<HTMLTextAreaElement>;
};

/**
 * The console's one labelled text field, native: MUI's TextField costs about 20 kB gzip, which the pages
 * people land on first should not pay, and the lazy tabs and dialogs use the same one so the console looks
 * and behaves as one product. Errors are announced with the input.
 */
export function TextInput({ label, hint, error, fullWidth, multiline, rows = 3, ref, ...input }: TextInputProps) {
  const id = useId();
  const note = error ?? hint;
  const own = { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': note ? `${id}-hint` : undefined } as const;
  return (
    <Field sx={fullWidth ? { display: 'flex' } : undefined}>
      <label htmlFor={id}>
        {label}
        {/* The input says "required" itself; the star is for the eye. */}
        {input.required && <span aria-hidden> *</span>}
      </label>
      {multiline ? (
        <textarea {...own} rows={rows} ref={ref as Ref<HTMLTextAreaElement>} {...(input as unknown as InputHTMLAttributes<HTMLTextAreaElement>)} />
      ) : (
        <input {...own} ref={ref as Ref<HTMLInputElement>} {...input} />
      )}
      {note && (
        <span id={`${id}-hint`} className={error ? 'hint error' : 'hint'}>
          {note}
        </span>
      )}
    </Field>
  );
}
