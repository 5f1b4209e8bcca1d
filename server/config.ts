import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseUpstream } from '../src/shared/lib/liveUpstream.ts';
import type { ServerConfig } from './app.ts';

export const DEFAULT_UPSTREAMS = 'https://api.astronomer.io/v1';

export interface ListenConfig extends ServerConfig {
  port: number;
  host: string;
}

/**
 * The server's settings from the environment: PORT (8080), HOST (0.0.0.0, every interface, as a container
 * needs), FLIGHTDECK_UPSTREAMS (a comma-separated allow-list) and FLIGHTDECK_DIST (the built console; dist/
 * next to this file's folder, so both server/main.ts and the bundled dist-server/main.mjs find it).
 * Throws with the reason when a value is unusable, so a bad setting stops the server at start.
 */
export function readConfig(env: NodeJS.ProcessEnv): ListenConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not ${JSON.stringify(env.PORT)}.`);
  const upstreams = (env.FLIGHTDECK_UPSTREAMS || DEFAULT_UPSTREAMS)
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const parsed = parseUpstream(entry);
      if ('error' in parsed) throw new Error(`FLIGHTDECK_UPSTREAMS: ${parsed.error}`);
      return parsed.base;
    });
  const here = dirname(fileURLToPath(import.meta.url));
  return { port, host: env.HOST || '0.0.0.0', upstreams, distDir: env.FLIGHTDECK_DIST || join(here, '..', 'dist') };
}
