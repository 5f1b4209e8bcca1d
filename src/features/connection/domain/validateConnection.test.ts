// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateConnection } from './validateConnection';

describe('validateConnection', () => {
  it('accepts the Astro API with a token', () => {
    expect(validateConnection({ baseUrl: 'https://api.astronomer.io/v1', token: 'abc.def' })).toEqual({});
  });
  it('refuses plain http except on localhost', () => {
    expect(validateConnection({ baseUrl: 'http://api.example.com/v1', token: 't' }).baseUrl).toMatch(/https/);
    expect(validateConnection({ baseUrl: 'http://127.0.0.1:4010/v1', token: 't' })).toEqual({});
  });
  it('explains a missing or malformed URL and token', () => {
    const errors = validateConnection({ baseUrl: 'api.astronomer.io', token: ' ' });
    expect(errors.baseUrl).toMatch(/full URL/);
    expect(errors.token).toMatch(/Enter an API token/);
    expect(validateConnection({ baseUrl: '', token: 'a b' })).toEqual({
      baseUrl: 'Enter the API base URL.',
      token: 'A token has no spaces or line breaks.',
    });
  });
});
