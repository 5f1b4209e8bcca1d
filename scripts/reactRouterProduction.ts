// react-router's production build, tree-shakeable, for `vite build` (the shell chunk carries it on every
// first visit).
//
// 1. Its package exports point every condition at dist/development (dev warnings on); dist/production is the
//    same code with them off. Vite never picks it by itself.
// 2. Its components are `React.forwardRef(...)` calls without a /* @__PURE__ */ mark, each followed by a
//    `X.displayName = "..."` write, and the bundler keeps both as side effects: Form, NavLink, useSubmit and
//    the form-submission helpers stay in the bundle although nothing uses them. The mark and dropping the
//    name (only React DevTools shows it) let them go.
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

const FORWARD_REF = /= (React\d*)\.forwardRef\(/g;
const DISPLAY_NAME = /^\w+\.displayName = "[^"]*";$/gm;

/** Marks react-router's forwardRef components pure and drops their display names, keeping the source map. */
export function treeShakeableReactRouter(code: string, id: string) {
  const s = new MagicString(code);
  for (const m of code.matchAll(FORWARD_REF)) s.appendLeft(m.index + 2, '/* @__PURE__ */ ');
  for (const m of code.matchAll(DISPLAY_NAME)) s.remove(m.index, m.index + m[0].length);
  return { code: s.toString(), map: s.generateMap({ hires: true, source: id, includeContent: true }) };
}

export function reactRouterProduction(): Plugin {
  return {
    name: 'react-router-production',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source !== 'react-router' && !source.startsWith('react-router/')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && { ...resolved, id: resolved.id.replace('/react-router/dist/development/', '/react-router/dist/production/') };
    },
    transform(code, id) {
      return /\/react-router\/dist\/production\/[^/]+\.mjs$/.test(id) ? treeShakeableReactRouter(code, id) : null;
    },
  };
}
