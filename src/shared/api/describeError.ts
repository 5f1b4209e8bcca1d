import { missingRoleHint } from './missingRoleHint';
import { isApiError } from './errors';

export interface ErrorDescription {
  title: string;
  error: { message: string; status?: number; requestId?: string };
  hint?: string;
}

/** Turns any failure into what a person needs: what happened, why, and what to do next. */
export function describeError(error: unknown, what = 'load this'): ErrorDescription {
  if (!isApiError(error)) {
    return { title: `Could not ${what}`, error: { message: error instanceof Error ? error.message : String(error) } };
  }
  // A refusal's field errors are part of its message: a form shows those it has a field for, and the banner
  // (which it shows for the rest) must not drop them.
  const fields = error.fieldErrors.map((f) => f.message).filter((m) => m && m !== error.message);
  const message = fields.length ? `${error.message}: ${fields.join(' ')}` : error.message;
  const base = { message, status: error.status || undefined, requestId: error.requestId };
  switch (true) {
    case error.status === 0:
      return { title: `Could not ${what}`, error: base, hint: 'No answer from the API. Retry, or check the connection settings.' };
    case error.status === 401:
      return { title: 'Not signed in', error: base, hint: 'The API token is missing, wrong or expired. Set one in Settings.' };
    case error.status === 403:
      return { title: 'Permission denied', error: base, hint: missingRoleHint(error.operation) };
    case error.status === 404:
      return { title: 'Not found', error: base, hint: 'It may have been deleted, or the link is wrong.' };
    case error.status === 429:
      return { title: 'Too many requests', error: base, hint: 'The API is rate limiting; wait a moment and retry.' };
    case error.status >= 500:
      return { title: `Could not ${what}`, error: base, hint: 'The server failed. Your input is kept; retry in a moment.' };
    default:
      return { title: `Could not ${what}`, error: base };
  }
}
