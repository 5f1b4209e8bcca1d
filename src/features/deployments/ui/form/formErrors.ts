import { get, type UseFormReturn } from 'react-hook-form';
import { formFieldOf, type DeploymentFormValues } from '../../domain/deploymentForm';
import { plainFieldMessage } from '../../domain/fieldLabels';
import type { FieldError } from '../../../../shared/lib/fieldErrors';
import { applyServerFieldErrors } from '../../../../shared/ui/serverFieldErrors';

/**
 * Puts a 400's field errors under the form's inputs (API paths mapped to form fields). Returns true when
 * every error found its input, so no general error is needed.
 */
export function placeServerErrors(error: unknown, form: UseFormReturn<DeploymentFormValues>): boolean {
  const fieldErrors = (error as { fieldErrors?: FieldError[] })?.fieldErrors ?? [];
  const values = form.getValues();
  const mapped = fieldErrors.map((e) => {
    const field = formFieldOf(e.field);
    return { ...e, field, message: plainFieldMessage(e, get(values, field)) };
  });
  const known = mapped.map((e) => e.field).filter((field) => get(values, field) !== undefined);
  return applyServerFieldErrors({ fieldErrors: mapped }, form.setError, known);
}
