import type { components } from './schema.gen';

type FieldError = components['schemas']['FieldValidationError'];

/** Every failed API call surfaces as one of these: status 0 means the request never got an answer. */
export class ApiError extends Error {
  readonly status: number;
  readonly requestId?: string;
  readonly fieldErrors: FieldError[];
  /** `METHOD /path/{template}` of the failed call, for messages such as a 403's missing role. */
  readonly operation: string;

  constructor(init: {
    status: number;
    message: string;
    operation: string;
    requestId?: string;
    fieldErrors?: FieldError[];
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.operation = init.operation;
    this.requestId = init.requestId;
    this.fieldErrors = init.fieldErrors ?? [];
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** A 401: the token is missing, wrong or expired, so the person belongs in the connection settings. */
export function isAuthError(error: unknown): boolean {
  return (error as { status?: number } | null)?.status === 401;
}

/** The retry policy shared by every query and mutation. */
export function shouldRetry(failureCount: number, error: unknown, maxRetries = 3): boolean {
  if (failureCount >= maxRetries) return false;
  if (!isApiError(error)) return false;
  if (error.status === 429 || error.status === 0) return true;
  return error.status >= 500;
}

/** Exponential backoff with a ceiling: 1 s, 2 s, 4 s, then 8 s at most. */
export function retryDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 8000);
}
