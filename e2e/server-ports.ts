// Where the e2e servers listen, for playwright.config.ts and the specs. E2E_PORT lets several runs (e.g. parallel
// work on one machine) use their own builds and servers: the demo build on E2E_PORT, the production build in
// live mode on the next port, and the demo API it forwards to on the one after.
export const PORT = Number(process.env.E2E_PORT ?? 4174);
export const LIVE_PORT = PORT + 1;
export const MOCK_API_PORT = PORT + 2;
export const LIVE_URL = `http://127.0.0.1:${LIVE_PORT}`;
export const MOCK_API_UPSTREAM = `http://127.0.0.1:${MOCK_API_PORT}/v1`;
