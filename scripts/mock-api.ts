/**
 * The demo API as a local HTTP server, for curl, scripts and other clients:
 *   npm run mock-api            -> http://127.0.0.1:4010/v1/...
 *   PORT=5010 npm run mock-api
 * It runs the same msw handlers as the browser demo and the tests, over its own in-memory database.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { createDemoDb } from '../src/mocks/demoDb';
import { createHandlers } from '../src/mocks/handlers';

import { pathToFileURL } from 'node:url';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4010);

async function toFetchRequest(req: IncomingMessage): Promise<Request> {
  const { host: hostHeader } = req.headers;
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && chunks.length > 0;
  return new Request(new URL(req.url ?? '/', `http://${hostHeader ?? `${host}:${port}`}`), {
    method: req.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
}

async function send(res: ServerResponse, response: Response) {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** An HTTP server answering the demo API from a fresh seeded database. */
export function createMockApiServer({ log = true } = {}) {
  const handlers = createHandlers(createDemoDb());
  return createServer(async (req, res) => {
  try {
    const request = await toFetchRequest(req);
    const response = await getResponse(handlers, request);
    await send(
      res,
      response ??
        Response.json(
          { statusCode: 404, message: `No demo API route for ${req.method} ${new URL(request.url).pathname}; paths start with /v1/.`, requestId: `req_local_${Date.now()}` },
          { status: 404 },
        ),
    );
  } catch (error) {
    await send(res, Response.json({ statusCode: 500, message: `Mock server failed: ${String(error)}`, requestId: `req_local_${Date.now()}` }, { status: 500 }));
  } finally {
    if (log) console.log(`${req.method} ${req.url} -> ${res.statusCode}`);
  }
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  createMockApiServer().listen(port, host, () => {
    console.log(`Flightdeck demo API on http://${host}:${port}/v1 (send "Authorization: Bearer <anything>")`);
  });
}
