import { isAllowedUpstream } from '../../../shared/lib/liveUpstream';

/** Field errors for the live-connection form; an empty object means the input is usable. */
export function validateConnection(input: { baseUrl: string; token: string }): { baseUrl?: string; token?: string } {
  const errors: { baseUrl?: string; token?: string } = {};
  const url = input.baseUrl.trim();
  if (!url) {
    errors.baseUrl = 'Enter the API base URL.';
  } else {
    try {
      if (!isAllowedUpstream(new URL(url))) {
        errors.baseUrl = 'Use https:// (plain http is allowed only for localhost).';
      }
    } catch {
      errors.baseUrl = 'Enter a full URL such as https://api.astronomer.io/v1.';
    }
  }
  const token = input.token.trim();
  if (!token) errors.token = 'Enter an API token.';
  else if (/\s/.test(token)) errors.token = 'A token has no spaces or line breaks.';
  return errors;
}
