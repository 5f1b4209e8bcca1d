// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { safeReturnTo } from './safeReturnTo';

const ORIGIN = 'https://flightdeck.example.com';

describe('safeReturnTo', () => {
  it('keeps a path on this console, with its query and hash', () => {
    expect(safeReturnTo('/organizations/o1/workspaces?x=1#top', ORIGIN)).toBe('/organizations/o1/workspaces?x=1#top');
  });

  it.each([
    '/\\evil.com',
    '/\\/evil.com',
    '//evil.com',
    '///evil.com',
    'https://evil.com',
    'javascript:alert(1)',
    '/%5Cevil.com'.replace('%5C', '\\'),
    '',
    null,
  ])('sends %j to the start page', (value) => {
    expect(safeReturnTo(value, ORIGIN)).toBe('/');
  });

  it('never leads off this origin, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const next = safeReturnTo(value, ORIGIN);
        expect(new URL(next, ORIGIN).origin).toBe(ORIGIN);
        expect(next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')).toBe(true);
      }),
    );
  });
});
