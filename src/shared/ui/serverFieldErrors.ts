import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

const fieldErrorsOf = (error: unknown) => (error as { fieldErrors?: { field: string; message: string }[] } | null)?.fieldErrors ?? [];

/**
 * True when the error is a 400 whose every `fieldErrors` entry names one of the form's fields: then each
 * message shows at its field and a generic banner would only repeat them. Otherwise the banner is needed.
 */
export function allFieldErrorsPlaced(error: unknown, knownFields: readonly string[]): boolean {
  const fieldErrors = fieldErrorsOf(error);
  return fieldErrors.length > 0 && fieldErrors.every((e) => knownFields.includes(e.field));
}

/** Puts a 400's `fieldErrors` under the inputs they name; returns allFieldErrorsPlaced. */
export function applyServerFieldErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, knownFields: readonly string[]): boolean {
  for (const fieldError of fieldErrorsOf(error)) {
    if (knownFields.includes(fieldError.field)) {
      setError(fieldError.field as Path<T>, { type: 'server', message: fieldError.message }, { shouldFocus: true });
    }
  }
  return allFieldErrorsPlaced(error, knownFields);
}
