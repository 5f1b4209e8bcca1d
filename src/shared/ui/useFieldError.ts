import { get, useFormState } from 'react-hook-form';

/**
 * The error message of one react-hook-form field, for the form in context: its own, or a list's own error,
 * which react-hook-form keeps under `root` when the list's items have errors too. Subscribes to that field
 * only, so a keystroke elsewhere does not re-render it.
 */
export function useFieldError(name: string): string | undefined {
  const { errors } = useFormState({ name });
  const error = get(errors, name) as { message?: string; root?: { message?: string } } | undefined;
  return error?.message ?? error?.root?.message;
}
