// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

// index.html paints the page baseline (body colours and type) with static CSS instead of CssBaseline.
describe('the static page baseline in index.html', () => {
  const html = readFileSync(fileURLToPath(new URL('../../index.html', import.meta.url)), 'utf8');
  const rule = (selector: string) => html.match(new RegExp(`${selector.replace(/[[\]()]/g, '\\$&')} \\{([^}]*)\\}`))?.[1] ?? '';
  const prop = (block: string, name: string) => block.match(new RegExp(`(?:^|\\s)${name}: ([^;]+);`))?.[1];

  it.each([
    ['light', 'body'],
    ['dark', "html[data-mode='dark'] body"],
    ['dark', "html:not([data-mode='light']) body"],
  ] as const)('has the %s theme colours for %s', (mode, selector) => {
    const theme = buildTheme(mode);
    const block = rule(selector);
    expect(prop(block, 'background')).toBe(theme.palette.background.default);
    expect(prop(block, 'color')?.replace(/\s/g, '')).toBe(theme.palette.text.primary.replace(/\s/g, ''));
  });

  it("has the theme's body type", () => {
    const { body1, fontWeightBold } = buildTheme('light').typography;
    expect(prop(rule('b'), 'font-weight')).toBe(String(fontWeightBold));
    const block = rule('body');
    expect(prop(block, 'font-size')).toBe(body1.fontSize);
    expect(Number(prop(block, 'line-height'))).toBe(body1.lineHeight);
    expect(prop(block, 'font-weight')).toBe(String(body1.fontWeight));
  });
});
