import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

/**
 * Puts a 400's `fieldErrors` under the inputs they name. Returns true when every error found its field,
 * so the caller can skip a generic banner.
 */
export function applyServerFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  knownFields: readonly string[],
): boolean {
  const fieldErrors = (error as { fieldErrors?: { field: string; message: string }[] })?.fieldErrors ?? [];
  let allPlaced = fieldErrors.length > 0;
  for (const fieldError of fieldErrors) {
    if (knownFields.includes(fieldError.field)) {
      setError(fieldError.field as Path<T>, { type: 'server', message: fieldError.message }, { shouldFocus: true });
    } else {
      allPlaced = false;
    }
  }
  return allPlaced;
}
