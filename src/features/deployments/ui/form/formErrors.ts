import { get, type UseFormReturn } from 'react-hook-form';
import { formFieldOf, type DeploymentFormValues } from '../../domain/deploymentForm';
import { applyServerFieldErrors } from '../../../../shared/ui/serverFieldErrors';

/**
 * Puts a 400's field errors under the form's inputs (API paths mapped to form fields). Returns true when
 * every error found its input, so no general error is needed.
 */
export function placeServerErrors(error: unknown, form: UseFormReturn<DeploymentFormValues>): boolean {
  const fieldErrors = (error as { fieldErrors?: { field: string; message: string }[] })?.fieldErrors ?? [];
  const mapped = fieldErrors.map((e) => ({ ...e, field: formFieldOf(e.field) }));
  const values = form.getValues();
  const known = mapped.map((e) => e.field).filter((field) => get(values, field) !== undefined);
  return applyServerFieldErrors({ fieldErrors: mapped }, form.setError, known);
}
