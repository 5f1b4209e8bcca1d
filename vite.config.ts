/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import type { ChunkingContext } from 'rolldown';
import react from '@vitejs/plugin-react';
import { astroProxy } from './scripts/astroProxy.ts';

// Every module the entry imports statically goes into one chunk: a first visit then downloads the shell in
// one request instead of a dozen small shared chunks (each a round trip on a slow link, six at a time
// over HTTP/1.1). Modules only lazy routes use are still split as rolldown decides.
function shellChunk() {
  const known = new Map<string, boolean>();
  const fromEntry = (id: string, ctx: ChunkingContext, seen: Set<string>): boolean => {
    if (known.has(id)) return known.get(id)!;
    if (seen.has(id)) return false;
    seen.add(id);
    const info = ctx.getModuleInfo(id);
    const result = Boolean(info && (info.isEntry || info.importers.some((importer) => fromEntry(importer, ctx, seen))));
    // A "no" found midway may only mean the walk came back round a cycle; only the whole walk's "no" counts.
    if (result) known.set(id, true);
    return result;
  };
  return (id: string, ctx: ChunkingContext) => {
    if (!known.has(id)) known.set(id, fromEntry(id, ctx, new Set()));
    return known.get(id) ? 'shell' : null;
  };
}

export default defineConfig({
  plugins: [react(), astroProxy()],
  build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: shellChunk() }] } } } },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'api/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
