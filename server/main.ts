// `npm start`: the production console on PORT (see server/config.ts for the settings).
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';

const config = readConfig(process.env);
const app = createApp(config);
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, ({ port }) => {
  console.log(`Flightdeck on http://${config.host}:${port}, forwarding live mode to ${config.upstreams.join(', ')}`);
});

// A container stops with SIGTERM: finish the requests in flight, then exit.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
