// @vitest-environment node
/**
 * Sanity checks on api/openapi.yaml itself: it parses, every $ref resolves, the promised operations are
 * there, console extensions are marked, and none of its prose is copied from the reference document.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolvePointer } from './compareContracts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const OURS_PATH = resolve(repoRoot, 'api/openapi.yaml');
const REFERENCE_PATH = resolve(repoRoot, '../shared/reference/astro-platform-api-v1.yaml');
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

const text = readFileSync(OURS_PATH, 'utf8');
const ours: Json = parse(text);

/** Every value under a key named `key` that is a string (so `properties.description` schemas are skipped). */
function stringsUnder(node: unknown, keys: string[], out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => stringsUnder(n, keys, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (keys.includes(k) && typeof v === 'string') out.push(v);
      else stringsUnder(v, keys, out);
    }
  }
  return out;
}

function refsIn(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refsIn(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refsIn(v, out);
    }
  }
  return out;
}

const operations = (doc: Json) =>
  Object.entries(doc.paths as Json).flatMap(([path, item]: [string, Json]) =>
    METHODS.filter((m) => item[m]).map((m) => ({ path, method: m, pathItem: item, op: item[m] as Json })),
  );

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

describe('api/openapi.yaml', () => {
  it('parses as OpenAPI 3.0.3 with our title, the Astro server and a global bearer scheme named JWT', () => {
    expect(ours.openapi).toBe('3.0.3');
    expect(ours.info.title).toBe('Flightdeck console API (Astro Platform API v1 subset)');
    expect(ours.servers).toEqual([{ url: 'https://api.astronomer.io/v1' }]);
    expect(ours.security).toEqual([{ JWT: [] }]);
    expect(ours.components.securitySchemes.JWT).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('resolves every $ref', () => {
    const refs = refsIn(ours);
    expect(refs.length).toBeGreaterThan(100);
    const broken = [...new Set(refs)].filter((r) => resolvePointer(ours, r) === undefined);
    expect(broken).toEqual([]);
  });

  it('names only existing properties in every required list', () => {
    const bad: string[] = [];
    for (const [name, schema] of Object.entries(ours.components.schemas as Json)) {
      if (!Array.isArray(schema.required) || !schema.properties) continue;
      for (const r of schema.required) if (!(r in schema.properties)) bad.push(`${name}.${r}`);
    }
    expect(bad).toEqual([]);
  });

  it('has every Astro operation the console relies on', () => {
    const ids = operations(ours)
      .filter(({ op, pathItem }) => !op['x-flightdeck-extension'] && !pathItem['x-flightdeck-extension'])
      .map(({ op }) => op.operationId)
      .sort();
    expect(ids).toEqual(
      [
        'ListOrganizations', 'GetOrganization', 'GetSelfUser',
        'ListWorkspaces', 'CreateWorkspace', 'GetWorkspace', 'UpdateWorkspace', 'DeleteWorkspace',
        'ListDeployments', 'CreateDeployment', 'GetDeployment', 'UpdateDeployment', 'DeleteDeployment',
        'ListDeploys', 'GetDeploy', 'CreateDeploy', 'FinalizeDeploy', 'DeployRollback',
        'GetDeploymentOptions', 'UpdateDeploymentHibernationOverride', 'DeleteDeploymentHibernationOverride',
        'ListAgentTokens', 'CreateAgentToken', 'GetAgentToken', 'DeleteAgentToken',
        'ListClusters', 'GetCluster',
        'GetDeploymentLogs', 'GetOrganizationAuditLogs',
      ].sort(),
    );
  });

  it('marks every console extension (tag, x-flightdeck-extension, operationId prefixed x) and only those', () => {
    for (const { path, method, pathItem, op } of operations(ours)) {
      const isExt = op['x-flightdeck-extension'] === true;
      const where = `${method.toUpperCase()} ${path}`;
      if (pathItem['x-flightdeck-extension'] === true) expect(isExt, where).toBe(true);
      expect(op.tags?.includes('Console extension') ?? false, where).toBe(isExt);
      expect(/^x[A-Z]/.test(op.operationId), where).toBe(isExt);
      if (path.startsWith('/x-demo/')) expect(isExt, where).toBe(true);
    }
    const extIds = operations(ours).filter(({ op }) => op['x-flightdeck-extension']).map(({ op }) => op.operationId);
    expect(extIds).toEqual(
      expect.arrayContaining([
        'xListRemoteAgents', 'xCordonRemoteAgent', 'xUncordonRemoteAgent', 'xDeleteRemoteAgent',
        'xDemoReset', 'xDemoGetFaults', 'xDemoSetFaults', 'xDemoScale', 'xDemoSimulateDeploy', 'xDemoSimulateAgents',
      ]),
    );
  });

  it('has no examples (prose and samples are ours or absent)', () => {
    expect(text).not.toMatch(/^\s*examples?:/m);
  });

  it('shares no description or summary with the reference (no copied prose)', () => {
    if (!existsSync(REFERENCE_PATH)) {
      if (process.env.CI) throw new Error(`Reference spec missing: ${REFERENCE_PATH}; cannot check for copied prose.`);
      console.warn(`[openapi] WARNING: ${REFERENCE_PATH} not found; NOT CHECKED: copied descriptions/summaries.`);
      return;
    }
    const reference: Json = parse(readFileSync(REFERENCE_PATH, 'utf8'));
    const theirs = new Set(stringsUnder(reference, ['description', 'summary', 'title']).map(normalise));
    const theirLong = [...theirs].filter((s) => s.length >= 40);
    const mine = stringsUnder(ours, ['description', 'summary']).map(normalise);
    expect(mine.length).toBeGreaterThan(100);
    const equal = mine.filter((s) => theirs.has(s));
    expect(equal, `copied from the reference: ${equal.join(' | ')}`).toEqual([]);
    const containing = mine.filter((s) => theirLong.some((t) => s.includes(t)));
    expect(containing, `contains reference text: ${containing.join(' | ')}`).toEqual([]);
  });
});
