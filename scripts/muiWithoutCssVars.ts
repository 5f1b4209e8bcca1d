// MUI's createTheme and ThemeProvider import the CSS-variables machinery (createThemeWithVars, CssVarsProvider
// and what they pull in: ~7.6 kB gzip of the shell chunk) and pick it at run time only for a theme with
// `cssVariables` or `colorSchemes`. The console's theme has neither (src/app/theme.test.ts holds it to that),
// so for `vite build` those two imports resolve to stubs that say so if ever reached. Other importers (the
// `@mui/material/styles` index's re-exports) keep the real modules.
import type { Plugin } from 'vite';

const STUB = '\0mui-without-css-vars:';
const IMPORTER = /\/@mui\/material\/styles\/(createTheme|ThemeProvider)\.mjs$/;
const FAIL = 'throw new Error("MUI CSS-variables themes are left out of this build: see scripts/muiWithoutCssVars.ts");';
const STUBS: Record<string, string> = {
  './createThemeWithVars.mjs': `export default function createThemeWithVars() { ${FAIL} }`,
  './ThemeProviderWithVars.mjs': `export function CssVarsProvider() { ${FAIL} }`,
};

export function muiWithoutCssVars(): Plugin {
  return {
    name: 'mui-without-css-vars',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      return importer && IMPORTER.test(importer) && source in STUBS ? STUB + source : null;
    },
    load(id) {
      return id.startsWith(STUB) ? STUBS[id.slice(STUB.length)] : null;
    },
  };
}
