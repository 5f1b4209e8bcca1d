import { describe, expect, it } from 'vitest';
import { buildTheme } from './theme';

// The build leaves MUI's CSS-variables themes out (scripts/muiWithoutCssVars.ts): ThemeProvider takes that path
// only for a theme with colour schemes, so the console's themes must not have them.
describe('buildTheme', () => {
  it.each(['light', 'dark'] as const)('makes a %s theme without CSS variables or colour schemes', (mode) => {
    const theme = buildTheme(mode);
    expect(theme.palette.mode).toBe(mode);
    expect('colorSchemes' in theme).toBe(false);
    expect('vars' in theme).toBe(false);
  });
});
