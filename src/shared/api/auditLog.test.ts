// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readNdjson } from './auditLog';

describe('readNdjson', () => {
  const streamOf = (chunks: Uint8Array[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        chunks.forEach((c) => controller.enqueue(c));
        controller.close();
      },
    });
  const bytes = (text: string) => new TextEncoder().encode(text);
  const gzip = async (text: string) => new Uint8Array(await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer());
  const ndjson = '{"subjectId":"u1","note":"café"}\n{"subjectId":"u2"}\nnot json\n[1,2]\n{"subjectId":"u3"}';

  it('reads lines split anywhere, even inside a character, and counts what is not an object', async () => {
    const all = bytes(ndjson);
    for (const cut of [1, 28, 29, 30, all.length - 1]) {
      const read = await readNdjson(streamOf([all.slice(0, cut), all.slice(cut)]));
      expect(read.events.map((e) => e.subjectId)).toEqual(['u1', 'u2', 'u3']);
      expect(read.events[0]!.note).toBe('café');
      expect(read.unreadable).toBe(2);
    }
  });

  it('decompresses a body that arrives still gzipped, and reports the bytes received', async () => {
    const zipped = await gzip(ndjson);
    const seen: number[] = [];
    const read = await readNdjson(streamOf([zipped.slice(0, 10), zipped.slice(10)]), (n) => seen.push(n));
    expect(read.events).toHaveLength(3);
    expect(seen).toEqual([10, zipped.length]);
  });
});
