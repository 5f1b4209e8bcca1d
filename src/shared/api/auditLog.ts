import { api } from './client';

/** What the audit export's lines carry (the fields the console reads; events may hold more). */
export interface AuditEvent {
  subjectId: string;
  subjectType: string;
  organizationId: string;
  timestamp: string;
  [field: string]: unknown;
}

export interface AuditRead {
  events: AuditEvent[];
  /** Lines that were not a JSON object: counted, so a damaged export is not silently shorter. */
  unreadable: number;
}

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * The bytes as text: decompressed first when they start with gzip's magic bytes. A browser undoes
 * `Content-Encoding: gzip` itself, but a proxy or a service worker may hand the body over still compressed,
 * which is why the Astro CLI checks the same two bytes.
 */
async function* textOf(bytes: ReadableStream<Uint8Array>, onBytes: (received: number) => void): AsyncGenerator<string> {
  let received = 0;
  const counted = bytes.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        onBytes(received);
        controller.enqueue(chunk);
      },
    }),
  );
  const [peek, body] = counted.tee();
  const reader = peek.getReader();
  const { value: first } = await reader.read();
  void reader.cancel();
  const gzipped = first !== undefined && first[0] === GZIP_MAGIC[0] && first[1] === GZIP_MAGIC[1];
  const plain = gzipped ? body.pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>) : body;
  const decoder = new TextDecoder();
  for await (const chunk of plain as unknown as AsyncIterable<Uint8Array>) yield decoder.decode(chunk, { stream: true });
  yield decoder.decode();
}

/** Splits NDJSON text into objects, line by line as it arrives: the export is never one JSON document. */
export async function readNdjson(bytes: ReadableStream<Uint8Array>, onBytes: (received: number) => void = () => {}): Promise<AuditRead> {
  const events: AuditEvent[] = [];
  let unreadable = 0;
  let rest = '';
  const take = (line: string) => {
    if (!line.trim()) return;
    try {
      const value: unknown = JSON.parse(line);
      if (value && typeof value === 'object' && !Array.isArray(value)) events.push(value as AuditEvent);
      else unreadable++;
    } catch {
      unreadable++;
    }
  };
  for await (const text of textOf(bytes, onBytes)) {
    const lines = (rest + text).split('\n');
    rest = lines.pop()!;
    lines.forEach(take);
  }
  take(rest);
  return { events, unreadable };
}

/** GetOrganizationAuditLogs: the events of the window, read as a stream with progress by bytes received. */
export async function fetchAuditLog(
  organizationId: string,
  window: { startDate?: string; endDate?: string },
  onBytes?: (received: number) => void,
): Promise<AuditRead> {
  const { data: stream } = await api.GET('/organizations/{organizationId}/audit-logs', {
    params: { path: { organizationId }, query: window },
    parseAs: 'stream',
  });
  if (!stream) return { events: [], unreadable: 0 };
  return readNdjson(stream, onBytes);
}
