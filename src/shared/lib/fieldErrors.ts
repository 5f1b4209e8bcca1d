import type { z } from 'zod';

/**
 * One failed constraint, in the wire shape of the API's `FieldValidationError`, so the mock can answer a 400
 * with it and a form can put `message` under the input named by `field`.
 *
 * `field` is a dotted path (`workerQueues[1].maxWorkerCount`). `code` is a short validator tag in the style
 * of Go's validator (`required`, `max`, `oneof`, ...): the real API's codes are undocumented, so these are
 * our own and kept stable for the UI to branch on.
 */
export interface FieldError {
  field: string;
  code: FieldErrorCode;
  message: string;
}

export type FieldErrorCode = 'required' | 'type' | 'min' | 'max' | 'oneof' | 'email' | 'format' | 'unique' | 'conflict' | 'immutable' | 'notfound' | 'invalid';

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export function fieldError(field: string, code: FieldErrorCode, message: string): FieldError {
  return { field, code, message };
}

/**
 * Turns zod issues into wire field errors; a custom issue may carry its code in `params.code`. Pass the
 * parsed input so a missing field reads as `required` rather than as a wrong type or option.
 */
function fromZodIssues(issues: ReadonlyArray<z.core.$ZodIssue>, input?: unknown): FieldError[] {
  return issues.map((issue) => {
    const field = fieldPath(issue.path) || '(body)';
    const missing = input !== undefined && valueAt(input, issue.path) === undefined;
    if (missing && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
      return fieldError(field, 'required', `${labelOf(field)} is required.`);
    }
    // A message written in a schema beats the generic one made here; zod's own defaults do not.
    const own = ZOD_DEFAULT_MESSAGE.test(issue.message) ? undefined : issue.message;
    switch (issue.code) {
      case 'invalid_type':
        return /received undefined$/.test(issue.message)
          ? fieldError(field, 'required', `${labelOf(field)} is required.`)
          : fieldError(field, 'type', `${labelOf(field)} must be ${article(issue.expected)}.`);
      case 'too_small':
        return fieldError(field, 'min', own ?? tooSmallMessage(issue));
      case 'too_big':
        return fieldError(field, 'max', own ?? tooBigMessage(issue));
      case 'invalid_value':
        return fieldError(field, 'oneof', own ?? `Must be one of: ${issue.values.map(String).join(', ')}.`);
      case 'invalid_format':
        return issue.format === 'email' ? fieldError(field, 'email', own ?? 'Enter a valid email address.') : fieldError(field, 'format', issue.message);
      case 'custom': {
        const code = (issue.params?.code as FieldErrorCode | undefined) ?? 'invalid';
        return fieldError(field, code, issue.message);
      }
      default:
        return fieldError(field, 'invalid', issue.message);
    }
  });
}

const ZOD_DEFAULT_MESSAGE = /^(Too small|Too big|Invalid input|Invalid option|Invalid [a-zA-Z ]+$)/;

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let node = input;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function labelOf(field: string): string {
  const last = field.split('.').pop() ?? field;
  return last.replace(/\[\d+\]$/, '');
}

function article(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'an object';
  if (expected === 'int' || expected === 'number') return 'a number';
  return `a ${expected}`;
}

function tooSmallMessage(issue: z.core.$ZodIssueTooSmall): string {
  const min = Number(issue.minimum);
  if (issue.origin === 'string') return min <= 1 ? 'Must not be empty.' : `Must be at least ${min} characters.`;
  if (issue.origin === 'array') return `Must have at least ${min} item${min === 1 ? '' : 's'}.`;
  return `Must be at least ${min}.`;
}

function tooBigMessage(issue: z.core.$ZodIssueTooBig): string {
  const max = Number(issue.maximum);
  if (issue.origin === 'string') return `Must be at most ${max} characters.`;
  if (issue.origin === 'array') return `Must have at most ${max} items.`;
  return `Must be at most ${max}.`;
}

/** Either the parsed, trimmed input or every field error found. */
export type RulesResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Takes a zod or zod/mini schema (both parse the same way). */
export function runSchema<S extends z.core.$ZodType & { safeParse(input: unknown): z.core.util.SafeParseResult<z.output<S>> }>(
  schema: S,
  input: unknown,
): RulesResult<z.output<S>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: fromZodIssues(parsed.error.issues, input) };
}
