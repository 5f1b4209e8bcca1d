import { HttpResponse, type StrictResponse } from 'msw';
import { fieldError, type FieldError } from '../../shared/lib/fieldErrors';
import type { DemoDb } from '../db';
import { findDeployment } from '../deployments/handlers';
import { api, ApiError, apiRoute, invalid, requireOrganization, type HandlerOptions } from '../http';
import { auditExport, mayReadAudit } from './audit';
import { effectiveStatus } from '../lifecycle';
import { hashString } from '../random';
import { logLines, matchesSearch, type LogSource } from './logs';

const SOURCES: readonly LogSource[] = ['scheduler', 'triggerer', 'worker', 'webserver', 'dag-processor', 'apiserver'];

function intParam(url: URL, name: string, fallback: number, min: number, errors: FieldError[]): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min) {
    errors.push(fieldError(name, 'min', `${name} must be a whole number of at least ${min}.`));
    return fallback;
  }
  return Number(raw);
}

function dateParam(url: URL, name: string, errors: FieldError[]): number | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return undefined;
  const at = Date.parse(raw);
  if (Number.isNaN(at)) errors.push(fieldError(name, 'format', `${name} must be an RFC 3339 date-time.`));
  return Number.isNaN(at) ? undefined : at;
}

export function monitoringHandlers(db: DemoDb, options: HandlerOptions) {
  /** searchId -> the window it was first answered for, so later pages page through the same lines. */
  const searches = new Map<string, { fromMs: number; toMs: number }>();

  return [
    api.get(
      '/organizations/{organizationId}/audit-logs',
      apiRoute(db, options, ({ params, url }) => {
        requireOrganization(db, params.organizationId);
        if (!mayReadAudit(db, params.organizationId)) throw new ApiError(403, 'Only Organization Owners may export the audit log.');
        const errors: FieldError[] = [];
        const now = db.now().getTime();
        const from = dateParam(url, 'startDate', errors) ?? now - 86_400_000;
        const to = dateParam(url, 'endDate', errors) ?? now;
        if (now - from > 90 * 86_400_000) errors.push(fieldError('startDate', 'min', 'The audit log keeps 90 days: startDate must be within them.'));
        if (errors.length) throw invalid(errors);
        const events = (db.state.audit ?? []).filter((e) => {
          const at = Date.parse(e.timestamp);
          return e.organizationId === params.organizationId && at >= from && at <= to;
        });
        // The body is the gzip stream itself: the real API sends it so, and a client must read it either way.
        return new HttpResponse(auditExport(events), {
          headers: { 'Content-Type': 'application/octet-stream', 'Content-Encoding': 'gzip' },
        }) as unknown as StrictResponse<number[]>;
      }),
    ),
    api.get(
      '/organizations/{organizationId}/deployments/{deploymentId}/logs',
      apiRoute(db, options, ({ params, url }) => {
        const deployment = findDeployment(db, params);
        const errors: FieldError[] = [];
        const sources = url.searchParams.getAll('sources');
        if (!sources.length) errors.push(fieldError('sources', 'required', 'Give at least one log source (sources).'));
        const unknown = sources.filter((s) => !SOURCES.includes(s as LogSource));
        if (unknown.length) errors.push(fieldError('sources', 'oneof', `Unknown log source ${unknown.join(', ')}; use ${SOURCES.join(', ')}.`));
        const limit = intParam(url, 'limit', 500, 1, errors);
        const offset = intParam(url, 'offset', 0, 0, errors);
        const range = intParam(url, 'range', 3600, 60, errors);
        const maxNumResults = intParam(url, 'maxNumResults', 10_000, 1, errors);
        const startDate = dateParam(url, 'startDate', errors);
        const endDate = dateParam(url, 'endDate', errors);
        if ((startDate === undefined) !== (endDate === undefined)) {
          errors.push(fieldError(startDate === undefined ? 'startDate' : 'endDate', 'required', 'startDate and endDate must be given together.'));
        }
        if (errors.length) throw invalid(errors);

        const searchText = url.searchParams.get('searchText') ?? '';
        const now = db.now().getTime();
        const known = searches.get(url.searchParams.get('searchId') ?? '');
        const window =
          known ?? (startDate !== undefined && endDate !== undefined ? { fromMs: startDate, toMs: endDate } : { fromMs: now - range * 1000, toMs: now });
        const key = `${deployment.id}|${[...sources].sort().join(',')}|${searchText}|${window.fromMs}|${window.toMs}`;
        const searchId = known ? url.searchParams.get('searchId')! : `srch_${hashString(key).toString(36)}${window.toMs.toString(36)}`;
        searches.set(searchId, window);

        const status = effectiveStatus(deployment, db.now());
        const world = {
          deployment,
          deploys: db.state.deploys[deployment.id] ?? [],
          unhealthyReason: status === 'UNHEALTHY' ? (deployment.statusReason ?? '') : undefined,
          // The API keeps no hibernation history: the last change to the Deployment is when it went to sleep.
          hibernatingSince: status === 'HIBERNATING' ? Date.parse(deployment.updatedAt) : undefined,
        };
        // Newest first, as the Logs tab reads them; the cap applies before paging, as the real search does.
        const matching = logLines(world, sources as LogSource[], window.fromMs, window.toMs)
          .filter((line) => matchesSearch(line.raw, searchText))
          .reverse()
          .slice(0, maxNumResults);
        const results = matching.slice(offset, offset + limit);
        return HttpResponse.json({ limit, offset, maxNumResults, resultCount: results.length, results, searchId });
      }),
    ),
  ];
}
