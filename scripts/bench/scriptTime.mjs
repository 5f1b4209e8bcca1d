// Script time by source, from a V8 CPU profile and the chunks' source maps, and main-thread time by kind,
// from a Chrome trace. Pure functions: scripts/bench/trace.mjs records, this summarises.

/** Which part of the stack a source file belongs to. */
export function sourceOf(file) {
  const inModules = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (inModules) {
    const pkg = inModules[1];
    if (pkg.startsWith('@emotion/') || pkg === 'stylis') return 'emotion (+stylis)';
    if (pkg.startsWith('@mui/')) return 'MUI';
    if (pkg === 'react-dom' || pkg === 'scheduler') return 'react-dom (+scheduler)';
    if (pkg === 'react') return 'react';
    if (pkg === 'react-router') return 'react-router';
    if (pkg.startsWith('@tanstack/')) return 'TanStack Query';
    return `other: ${pkg}`;
  }
  const own = file.match(/(?:^|\/)src\/(app|shared|features|pages|mocks)\//);
  if (own) return `ours: src/${own[1]}`;
  if (/(?:^|\/)src\/main\.tsx$/.test(file)) return 'ours: src/app';
  if (/(?:^|\/)scripts\/bench\/reference\//.test(file)) return 'ours: the reference app';
  return `other: ${file}`;
}

/** Main-thread time by kind, from the trace's top-level renderer events (nested events are not counted twice). */
export function summariseTrace(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return null;
  const KINDS = {
    EvaluateScript: 'script evaluation',
    FunctionCall: 'script evaluation',
    TimerFire: 'script evaluation',
    EventDispatch: 'script evaluation',
    FireAnimationFrame: 'script evaluation',
    RunMicrotasks: 'script evaluation',
    'v8.evaluateModule': 'script evaluation',
    'v8.compile': 'script parse and compile',
    'v8.compileModule': 'script parse and compile',
    'V8.CompileCode': 'script parse and compile',
    ParseHTML: 'HTML parse',
    ParseAuthorStyleSheet: 'style and layout',
    UpdateLayoutTree: 'style and layout',
    Layout: 'style and layout',
    PrePaint: 'paint',
    Paint: 'paint',
    Layerize: 'paint',
    MajorGC: 'garbage collection',
    MinorGC: 'garbage collection',
  };
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur).sort((a, b) => a.ts - b.ts);
  const totals = {};
  let coveredUntil = 0;
  for (const e of mine) {
    const kind = KINDS[e.name];
    if (!kind || e.ts < coveredUntil) continue; // inside an event already counted
    totals[kind] = (totals[kind] ?? 0) + e.dur / 1000;
    coveredUntil = e.ts + e.dur;
  }
  return Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, Math.round(v)]));
}

// Parts of the first visit the issue asks about, as inclusive time (a function and all it calls, counted once
// when it recurses): matched by the original function name from the source map, within a source.
const PARTS = [
  { part: 'MUI createTheme', source: 'MUI', name: /^createTheme/ },
  { part: 'MUI ThemeProvider (render)', source: 'MUI', name: /^ThemeProvider$/ },
  { part: 'MUI CssBaseline (render)', source: 'MUI', name: /^CssBaseline$/ },
  { part: "emotion style insertion (its sheet's insert)", source: 'emotion (+stylis)', name: /(^|\.)insert$/ },
  { part: 'emotion serializeStyles', source: 'emotion (+stylis)', name: /^serializeStyles$/ },
  { part: 'React render and commit (performWorkOnRoot)', source: 'react-dom (+scheduler)', name: /^performWorkOnRoot$/ },
];

const IDLE = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/**
 * Script time by source, from a CPU profile and the chunks' source maps: self time per function, where a
 * native function (a DOM call such as appendChild or insertRule) counts for the JS that called it, and a
 * chunk's top-level code (module evaluation, no mapping) for that chunk.
 */
export function summariseProfile(profile, mapFor) {
  const selfUs = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i + 1] ?? 0; // a sample's time runs until the next sample
    selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + delta);
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const info = new Map();
  const describe = (node) => {
    if (info.has(node.id)) return info.get(node.id);
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    let result;
    if (!url) {
      if (functionName.startsWith('(')) result = { source: functionName, name: functionName };
      else {
        // Native: charged to the nearest caller with a script.
        const up = parent.has(node.id) ? describe(byId.get(parent.get(node.id))) : null;
        result = { source: up && !IDLE.has(up.source) ? up.source : '(native)', name: `${functionName} (native, from ${up?.name ?? '?'})` };
      }
    } else {
      const map = mapFor(url);
      // Node's own source-map reader: the nearest mapping at or before the function's start.
      const pos = map?.findEntry(lineNumber, columnNumber);
      const chunk = new URL(url).pathname;
      result = pos?.originalSource
        ? {
            source: sourceOf(pos.originalSource),
            fn: pos.name ?? functionName,
            name: `${pos.name ?? (functionName || '(anonymous)')} (${pos.originalSource.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '')}:${pos.originalLine + 1})`,
          }
        : { source: `chunk top level: ${chunk.replace(/-[\w-]{8}\.js$/, '.js')}`, name: `${functionName || '(top level)'} (${chunk})` };
    }
    info.set(node.id, result);
    return result;
  };

  const buckets = new Map();
  const functions = new Map();
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (!us) continue;
    const { source, name } = describe(node);
    buckets.set(source, (buckets.get(source) ?? 0) + us);
    functions.set(name, (functions.get(name) ?? 0) + us);
  }

  // Inclusive time of PARTS: walk the tree, adding each node's self time to every part open above it.
  const parts = new Map(PARTS.map((p) => [p.part, 0]));
  const root = profile.nodes.find((n) => !parent.has(n.id));
  const stack = [[root, new Set()]];
  while (stack.length) {
    const [node, open] = stack.pop();
    const d = describe(node);
    let here = open;
    for (const p of PARTS) {
      if (!open.has(p.part) && d.source === p.source && p.name.test(d.fn ?? '')) here = new Set([...here, p.part]);
    }
    const us = selfUs.get(node.id) ?? 0;
    for (const part of here) parts.set(part, parts.get(part) + us);
    for (const c of node.children ?? []) stack.push([byId.get(c), here]);
  }

  const scriptUs = [...buckets].filter(([source]) => !IDLE.has(source)).reduce((sum, [, us]) => sum + us, 0);
  return {
    scriptMs: Math.round(scriptUs / 1000),
    buckets: [...buckets]
      .sort((x, y) => y[1] - x[1])
      .map(([source, us]) => ({ source, ms: Math.round(us / 100) / 10, share: !IDLE.has(source) && scriptUs ? us / scriptUs : null })),
    parts: [...parts].map(([part, us]) => ({ part, ms: Math.round(us / 100) / 10 })),
    topFunctions: [...functions]
      .sort((x, y) => y[1] - x[1])
      .slice(0, 15)
      .map(([fn, us]) => ({ function: fn, ms: Math.round(us / 100) / 10 })),
  };
}

export const medianOf = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Medians over runs, per source and per part (a source missing from a run counts 0 there). */
export function medianSummary(runs) {
  const sources = [...new Set(runs.flatMap((r) => r.buckets.map((b) => b.source)))];
  const scriptMs = medianOf(runs.map((r) => r.scriptMs));
  const buckets = sources
    .map((source) => {
      const ms = medianOf(runs.map((r) => r.buckets.find((b) => b.source === source)?.ms ?? 0));
      return { source, ms, share: IDLE.has(source) || !scriptMs ? null : ms / scriptMs };
    })
    .sort((x, y) => y.ms - x.ms);
  const parts = runs[0].parts.map(({ part }) => ({ part, ms: medianOf(runs.map((r) => r.parts.find((p) => p.part === part).ms)) }));
  return { scriptMs, buckets, parts };
}
