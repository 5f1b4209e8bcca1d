import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { muiWithoutCssVars } from './muiWithoutCssVars.ts';

const plugin = muiWithoutCssVars();
const call = <K extends 'resolveId' | 'load'>(hook: K, ...args: unknown[]) =>
  (plugin[hook] as (this: unknown, ...rest: unknown[]) => unknown).call({}, ...args) as ReturnType<Extract<Plugin[K], (...a: never[]) => unknown>>;
const styles = '/app/node_modules/@mui/material/styles';

describe('muiWithoutCssVars', () => {
  it("stubs the CSS-variables modules for MUI's createTheme and ThemeProvider, and the stubs fail loudly", () => {
    const theme = call('resolveId', './createThemeWithVars.mjs', `${styles}/createTheme.mjs`);
    const provider = call('resolveId', './ThemeProviderWithVars.mjs', `${styles}/ThemeProvider.mjs`);
    expect(call('load', theme)).toMatch(/export default function createThemeWithVars\(\) \{ throw new Error/);
    expect(call('load', provider)).toMatch(/export function CssVarsProvider\(\) \{ throw new Error/);
  });

  it('leaves every other importer the real modules', () => {
    expect(call('resolveId', './createThemeWithVars.mjs', `${styles}/index.mjs`)).toBeNull();
    expect(call('resolveId', './ThemeProviderWithVars.mjs', `${styles}/index.mjs`)).toBeNull();
    expect(call('resolveId', './createPalette.mjs', `${styles}/createTheme.mjs`)).toBeNull();
    expect(call('load', `${styles}/createThemeWithVars.mjs`)).toBeNull();
  });
});
