// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { composerStateFromParams, composerStateToParams, type ComposerState } from './composerState';

describe('Composer URL state', () => {
  it('reads a shared link, and falls back to the defaults for what it cannot read', () => {
    expect(composerStateFromParams(new URLSearchParams('runtime=12.4.0&python=3.12&distro=ubi9&slim=1&base=1'))).toEqual({
      runtime: '12.4.0',
      python: '3.12',
      distro: 'ubi9',
      slim: true,
      base: true,
      read: '',
    });
    expect(composerStateFromParams(new URLSearchParams('python=three&distro=alpine&slim=yes'))).toEqual({
      runtime: undefined,
      python: undefined,
      distro: 'debian',
      slim: false,
      base: false,
      read: '',
    });
  });

  it('writes a state that reads back the same (property)', () => {
    const state = fc.record<ComposerState>({
      runtime: fc.option(fc.constantFrom('12.4.0', '3.1-2'), { nil: undefined }),
      python: fc.option(fc.constantFrom('3.11', '3.12'), { nil: undefined }),
      distro: fc.constantFrom('debian', 'ubi9'),
      slim: fc.boolean(),
      base: fc.boolean(),
      read: fc.string(),
    });
    fc.assert(
      fc.property(state, (s) => {
        expect(composerStateFromParams(composerStateToParams(s))).toEqual(s);
      }),
    );
  });
});
