// The reference app's build: Flightdeck's own Vite config (plugins, chunking, target, minifier), with only
// the root and the output folder changed, so the two builds differ by their source alone.
// Build: `vite build --config scripts/bench/reference/vite.config.ts` (the bench does it).
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import project from '../../../vite.config.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default mergeConfig(project, {
  root: here('.'),
  // public/bare.html, the bare-DOM reference, is copied as it is: no framework, no build step.
  build: { outDir: here('../../../reports/bench-reference'), emptyOutDir: true },
});
