// `npm run build:server`: server/main.ts and everything it imports (hono included) in one file,
// dist-server/main.mjs, so the runtime needs Node and dist/ only: no node_modules, no TypeScript loader.
// .mjs: Node takes it as an ES module without a package.json beside it (the Docker image has none).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  publicDir: false,
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'server/main.ts',
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: { output: { entryFileNames: '[name].mjs' } },
  },
});
