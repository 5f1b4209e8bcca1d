import { SourceMap } from 'node:module';
import { describe, expect, it } from 'vitest';
import { sourceOf, summariseProfile } from './scriptTime.mjs';

describe('sourceOf', () => {
  it('names the part of the stack a source file belongs to', () => {
    expect(sourceOf('../../node_modules/@emotion/cache/dist/emotion-cache.browser.esm.js')).toBe('emotion (+stylis)');
    expect(sourceOf('../../node_modules/stylis/src/Parser.js')).toBe('emotion (+stylis)');
    expect(sourceOf('../../node_modules/@mui/material/Button/Button.mjs')).toBe('MUI');
    expect(sourceOf('../../node_modules/scheduler/cjs/scheduler.production.js')).toBe('react-dom (+scheduler)');
    expect(sourceOf('../../node_modules/react/cjs/react.production.js')).toBe('react');
    expect(sourceOf('../../node_modules/@tanstack/query-core/build/modern/query.js')).toBe('TanStack Query');
    expect(sourceOf('../../src/features/deployments/ui/list/DeploymentsList.tsx')).toBe('ours: src/features');
    expect(sourceOf('../../src/main.tsx')).toBe('ours: src/app');
    expect(sourceOf('../../scripts/bench/reference/DeploymentsRoute.tsx')).toBe('ours: the reference app');
    expect(sourceOf('../../node_modules/zustand/esm/vanilla.mjs')).toBe('other: zustand');
  });
});

describe('summariseProfile', () => {
  // One chunk whose line 0, column 10 maps to emotion's serializeStyles; column 0 (the chunk's top level) maps to nothing.
  const map = new SourceMap({
    version: 3,
    file: 'index-AbCd1234.js',
    sourceRoot: '',
    sourcesContent: [],
    sources: ['../../node_modules/@emotion/serialize/dist/emotion-serialize.esm.js'],
    names: ['serializeStyles'],
    mappings: 'UAAAA',
  });
  const chunk = 'http://127.0.0.1/assets/index-AbCd1234.js';
  const frame = (functionName: string, url = '', columnNumber = 0) => ({ functionName, url, lineNumber: 0, columnNumber, scriptId: '1' });
  const profile = {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2, 4, 5] },
      { id: 2, callFrame: frame('Hb', chunk, 10), children: [3] },
      { id: 3, callFrame: frame('insertRule'), children: [] },
      { id: 4, callFrame: frame('', chunk, 0), children: [] },
      { id: 5, callFrame: frame('(idle)'), children: [] },
    ],
    // A sample's time is the delta to the next one (µs).
    samples: [2, 3, 3, 4, 5, 5],
    timeDeltas: [0, 1000, 1000, 1000, 1000, 1000],
  };
  const summary = summariseProfile(profile, (url: string) => (url === chunk ? map : null));
  const ms = (source: string) => summary.buckets.find((b: { source: string }) => b.source === source)?.ms;

  it("charges a DOM call to the JS that called it, and a chunk's unmapped top level to the chunk", () => {
    expect(ms('emotion (+stylis)')).toBe(3);
    expect(ms('chunk top level: /assets/index.js')).toBe(1);
    expect(ms('(native)')).toBeUndefined();
    expect(ms('(idle)')).toBe(1);
    expect(summary.scriptMs).toBe(4);
  });

  it('counts a part inclusively, with what it calls', () => {
    expect(summary.parts.find((p: { part: string }) => p.part === 'emotion serializeStyles')?.ms).toBe(3);
  });
});
