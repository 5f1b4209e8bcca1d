import type { DemoDb } from '../db';

/**
 * One recorded write, in the shape of the Astro audit export's REST ("v2 API") events. Paths are the internal
 * v1alpha1 form that the real export carries, so the console must map them to actions as it would live.
 */
export interface AuditEvent {
  subjectId: string;
  subjectType: 'USER' | 'SERVICEKEY';
  organizationId: string;
  timestamp: string;
  sourceIp: string;
  userAgent: string;
  astroClient: string;
  method: string;
  path: string;
  requestId: string;
  responseStatus: number;
  requestBody?: unknown;
}

/** The demo keeps the most recent events only, and large bodies by their field names, so the saved state stays small. */
export const AUDIT_KEPT = 500;
const BODY_KEPT_CHARS = 2000;

const SECRET_KEY = /token|password|secret|apikey|api_key|privatekey|credential/i;

/**
 * The body with every secret taken out: the value of an entry marked `isSecret`, and any field whose name
 * says it holds a credential. An audit trail that kept them would be one more place a secret leaks from.
 */
export function withoutSecrets(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(withoutSecrets);
  if (!body || typeof body !== 'object') return body;
  const entry = body as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(entry)
      .filter(([key]) => !(key === 'value' && entry.isSecret === true) && !SECRET_KEY.test(key))
      .map(([key, value]) => [key, withoutSecrets(value)]),
  );
}

function bounded(body: unknown): unknown {
  if (JSON.stringify(body).length <= BODY_KEPT_CHARS || !body || typeof body !== 'object') return body;
  return { fieldsSent: Object.keys(body).sort() };
}

/** Records a write that succeeded, on behalf of the demo's signed-in user. */
export function recordWrite(db: DemoDb, request: Request, status: number, requestId: string, body: unknown): void {
  const url = new URL(request.url);
  const path = url.pathname.replace(/^.*?\/v1\//, '/v1alpha1/');
  const organizationId = /\/organizations\/([^/]+)/.exec(path)?.[1] ?? db.state.self.organizationId ?? '';
  const event: AuditEvent = {
    subjectId: db.state.self.id,
    subjectType: 'USER',
    organizationId,
    timestamp: db.now().toISOString(),
    sourceIp: '203.0.113.24',
    userAgent: request.headers.get('user-agent') ?? 'Flightdeck',
    astroClient: 'flightdeck',
    method: request.method,
    path,
    requestId,
    responseStatus: status,
  };
  if (body !== undefined) event.requestBody = bounded(withoutSecrets(body));
  const audit = (db.state.audit ??= []);
  audit.push(event);
  if (audit.length > AUDIT_KEPT) audit.splice(0, audit.length - AUDIT_KEPT);
}

/** Whether the caller may read the audit trail: Organization Owners only. The demo user without roles is one. */
export function mayReadAudit(db: DemoDb, organizationId: string): boolean {
  const roles = db.state.self.roles;
  if (!roles) return true;
  return roles.some((r) => r.role === 'ORGANIZATION_OWNER' && r.scope.entityId === organizationId);
}

/** The events from..to as gzip-compressed NDJSON, one object per line, as the real export sends them. */
export function auditExport(events: readonly AuditEvent[]): ReadableStream<Uint8Array> {
  const text = events.map((e) => JSON.stringify(e)).join('\n') + (events.length ? '\n' : '');
  return new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
}
