/**
 * The demo API as a local HTTP server, for curl, scripts and other clients:
 *   npm run mock-api            -> http://127.0.0.1:4010/v1/...
 *   PORT=5010 npm run mock-api
 * It runs the same msw handlers as the browser demo and the tests, over its own in-memory database.
 */
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { createServer } from '@mswjs/http-middleware';
import { http, HttpResponse } from 'msw';
import { createDemoDb } from '../src/mocks/demoDb';
import { createHandlers } from '../src/mocks/handlers';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4010);

const apiError = (statusCode: number, message: string) => ({ statusCode, message, requestId: `req_local_${Date.now()}` });

// Last, so that a path no handler knows gets the API's error shape rather than the middleware's own 404 body.
const unknownPath = http.all('*', ({ request }) =>
  HttpResponse.json(apiError(404, `No demo API route for ${request.method} ${new URL(request.url).pathname}; paths start with /v1/.`), { status: 404 }),
);

/** An HTTP server answering the demo API from a fresh seeded database. */
export function createMockApiServer({ log = true } = {}) {
  const app = createServer(...createHandlers(createDemoDb()), unknownPath);
  // A handler that throws reaches Express's error handler (four arguments); answer in the API's shape.
  app.use((error: unknown, _req: IncomingMessage, res: ServerResponse, _next: unknown) => {
    res.writeHead(500, { 'Content-Type': 'application/json' }).end(JSON.stringify(apiError(500, `Mock server failed: ${String(error)}`)));
  });
  return createHttpServer((req, res) => {
    if (log) res.on('finish', () => console.log(`${req.method} ${req.url} -> ${res.statusCode}`));
    app(req, res);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  createMockApiServer().listen(port, host, () => {
    console.log(`Flightdeck demo API on http://${host}:${port}/v1 (send "Authorization: Bearer <anything>")`);
  });
}
