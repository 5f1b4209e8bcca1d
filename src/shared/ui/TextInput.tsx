import { styled } from '@mui/material/styles';
import { nativeControl } from './nativeControl';
import { oncePerTheme } from './oncePerTheme';
import { useId, type ComponentProps, type ReactNode } from 'react';

const Field = styled('div')(
  oncePerTheme((theme) => ({
    display: 'inline-flex',
    flexDirection: 'column',
    gap: 2,
    '& label': { fontSize: '0.75rem', color: theme.palette.text.secondary },
    '& input': {
      ...nativeControl(theme),
      padding: '6px 10px',
      minWidth: 0,
      '&[aria-invalid="true"]': { borderColor: theme.palette.error.main },
    },
    '& .hint': { fontSize: '0.75rem', color: theme.palette.text.secondary },
    '& .hint.error': { color: theme.palette.error.main },
  })),
);

/**
 * A labelled native input for list toolbars and small forms: MUI's TextField costs about 20 kB gzip,
 * which the pages people land on first should not pay. Errors are announced with the input. A `ref` reaches
 * the input (React 19 passes it as a prop), so form libraries can focus it.
 */
export function TextInput({
  label,
  hint,
  error,
  fullWidth,
  ...input
}: ComponentProps<'input'> & { label: string; hint?: ReactNode; error?: string; fullWidth?: boolean }) {
  const id = useId();
  const note = error ?? hint;
  return (
    <Field sx={fullWidth ? { display: 'flex' } : undefined}>
      <label htmlFor={id}>
        {label}
        {input.required ? ' *' : ''}
      </label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={note ? `${id}-hint` : undefined} {...input} />
      {note && (
        <span id={`${id}-hint`} className={error ? 'hint error' : 'hint'}>
          {note}
        </span>
      )}
    </Field>
  );
}
