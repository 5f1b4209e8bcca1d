import { describe, expect, it } from 'vitest';
import { treeShakeableReactRouter } from './reactRouterProduction.ts';

describe('treeShakeableReactRouter', () => {
  const source = ['var Form = React10.forwardRef(', '  function FormImpl() {}', ');', 'Form.displayName = "Form";', 'var x = 1;'].join('\n');

  it('marks forwardRef components pure and drops their display names, so an unused one can go', () => {
    const { code } = treeShakeableReactRouter(source, 'chunk.mjs');
    expect(code).toContain('var Form = /* @__PURE__ */ React10.forwardRef(');
    expect(code).not.toContain('displayName');
    expect(code).toContain('var x = 1;');
  });

  it('keeps a source map onto the original', () => {
    const { map } = treeShakeableReactRouter(source, 'chunk.mjs');
    expect(map.sourcesContent).toEqual([source]);
  });
});
