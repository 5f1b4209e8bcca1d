// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { REQUEST_LIMITS } from './requestLimits.gen';
import { createHostedDeploymentSchema, createHybridDeploymentSchema, updateHostedDeploymentSchema, updateHybridDeploymentSchema } from './deploymentSchemas';
import { hibernationOverrideSchema } from './hibernationOverride';

type Json = Record<string, unknown>;
type Limits = {
  enum?: readonly string[];
  maxLength?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  ref?: string;
};
type SchemaLimits = { required: readonly string[]; properties: Record<string, Limits> };
const LIMITS = REQUEST_LIMITS as unknown as Record<string, SchemaLimits | { oneOf: readonly string[] }>;

const queue = { id: 'q1', name: 'default', isDefault: true, minWorkerCount: 1, maxWorkerCount: 10, workerConcurrency: 5 };
const envVar = { key: 'A', isSecret: false, value: 'v' };
const schedule = { hibernateAtCron: '0 19 * * *', wakeAtCron: '0 7 * * *', isEnabled: true, description: 'nights' };
const shared = {
  name: 'sales',
  description: 'Sales',
  workspaceId: 'ws-1',
  contactEmails: ['a@b.example'],
  environmentVariables: [envVar],
  isCicdEnforced: false,
  isDagDeployEnabled: true,
};
const hosted = {
  ...shared,
  executor: 'CELERY',
  schedulerSize: 'SMALL',
  isHighAvailability: false,
  workerQueues: [{ ...queue, astroMachine: 'A5', podEphemeralStorage: '10Gi' }],
  remoteExecution: { enabled: true, allowedIpAddressRanges: ['10.0.0.0/8'], taskLogBucket: 's3://b', taskLogUrlPattern: 's3://b/{dag_id}' },
  scalingSpec: { hibernationSpec: { schedules: [schedule], override: { isHibernating: true, overrideUntil: '2030-01-01T00:00:00Z' } } },
};
const hybrid = {
  ...shared,
  type: 'HYBRID',
  executor: 'CELERY',
  scheduler: { au: 5, replicas: 1 },
  taskPodNodePoolId: 'np1',
  workerQueues: [{ ...queue, nodePoolId: 'np1', astroMachine: 'A5' }],
};

/** Each request body of the contract, the schema that checks it, and a body that passes it with every object filled in. */
const BODIES: Array<[string, z.ZodMiniType, Json]> = [
  ['CreateStandardDeploymentRequest', createHostedDeploymentSchema, { ...hosted, type: 'STANDARD', cloudProvider: 'AWS', region: 'us-east-1' }],
  ['CreateDedicatedDeploymentRequest', createHostedDeploymentSchema, { ...hosted, type: 'DEDICATED', clusterId: 'c1' }],
  ['CreateHybridDeploymentRequest', createHybridDeploymentSchema, { ...hybrid, clusterId: 'c1' }],
  ['UpdateStandardDeploymentRequest', updateHostedDeploymentSchema, { ...hosted, type: 'STANDARD' }],
  ['UpdateDedicatedDeploymentRequest', updateHostedDeploymentSchema, { ...hosted, type: 'DEDICATED' }],
  ['UpdateHybridDeploymentRequest', updateHybridDeploymentSchema, hybrid],
  ['OverrideDeploymentHibernationBody', hibernationOverrideSchema, { isHibernating: true, overrideUntil: '2030-01-01T00:00:00Z' }],
];

type Probe = { what: string; path: string; body: Json; passes: boolean };

const at = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/** The body with the value at `path` (inside `node` of `root`) replaced, or removed for `undefined`. */
function withValue(root: Json, trail: ReadonlyArray<string | number>, value: unknown): Json {
  const copy = structuredClone(root);
  let node: Json = copy;
  trail.slice(0, -1).forEach((k) => (node = node[k] as Json));
  const last = trail[trail.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** One body that must pass or fail per constraint the contract states, walking nested schemas through `ref`. */
function probes(root: Json, schemaName: string, trail: Array<string | number> = [], path = ''): Probe[] {
  const schema = LIMITS[schemaName];
  if (!schema || 'oneOf' in schema) throw new Error(`${schemaName} is not an object schema`);
  let node: Json = root;
  trail.forEach((k) => (node = node[k] as Json));
  const out: Probe[] = [];
  for (const key of schema.required) out.push({ what: 'required', path: at(path, key), body: withValue(root, [...trail, key], undefined), passes: false });
  // `type` picks the variant (a create without one is STANDARD), so it is never simply left out.
  for (const key of Object.keys(node).filter((k) => !schema.required.includes(k) && !(k === 'type' && !path))) {
    out.push({ what: 'optional', path: at(path, key), body: withValue(root, [...trail, key], undefined), passes: true });
  }
  for (const [key, limits] of Object.entries(schema.properties)) {
    const value = node[key];
    if (value === undefined) throw new Error(`the sample ${schemaName} body has no ${key}: add one so its limits are checked`);
    const here = at(path, key);
    const set = (v: unknown) => withValue(root, [...trail, key], v);
    if (limits.enum) {
      out.push({ what: 'enum', path: here, body: set('NOT_IN_THE_CONTRACT'), passes: false });
      // A variant's `type` is its discriminator: only its own value passes.
      if (key !== 'type') for (const member of limits.enum) out.push({ what: `enum ${member}`, path: here, body: set(member), passes: true });
    }
    if (limits.maxLength !== undefined) {
      out.push({ what: 'maxLength', path: here, body: set('x'.repeat(limits.maxLength)), passes: true });
      out.push({ what: 'maxLength', path: here, body: set('x'.repeat(limits.maxLength + 1)), passes: false });
    }
    if (limits.minLength !== undefined) out.push({ what: 'minLength', path: here, body: set('x'.repeat(Math.max(0, limits.minLength - 1))), passes: false });
    if (limits.minimum !== undefined) {
      out.push({ what: 'minimum', path: here, body: set(limits.minimum), passes: true });
      out.push({ what: 'minimum', path: here, body: set(limits.minimum - 1), passes: false });
    }
    if (limits.maximum !== undefined) {
      out.push({ what: 'maximum', path: here, body: set(limits.maximum), passes: true });
      out.push({ what: 'maximum', path: here, body: set(limits.maximum + 1), passes: false });
    }
    const items = Array.isArray(value) ? value : undefined;
    if (items && limits.minItems !== undefined) out.push({ what: 'minItems', path: here, body: set(items.slice(0, limits.minItems - 1)), passes: false });
    if (items && limits.maxItems !== undefined) {
      out.push({ what: 'maxItems', path: here, body: set(Array.from({ length: limits.maxItems }, () => items[0])), passes: true });
      out.push({ what: 'maxItems', path: here, body: set(Array.from({ length: limits.maxItems + 1 }, () => items[0])), passes: false });
    }
    if (limits.ref) out.push(...(items ? probes(root, limits.ref, [...trail, key, 0], at(here, 0)) : probes(root, limits.ref, [...trail, key], here)));
  }
  return out;
}

const issuePaths = (schema: z.ZodMiniType, body: Json) =>
  (schema.safeParse(body).error?.issues ?? []).map((i) => i.path.reduce<string>((p, k) => at(p, typeof k === 'number' ? k : String(k)), ''));

describe('the structural schemas enforce every limit of api/openapi.yaml', () => {
  it.each(BODIES)('%s', (name, schema, body) => {
    expect(schema.safeParse(body).success).toBe(true);
    const wrong = probes(body, name).filter(
      (p) => issuePaths(schema, p.body).some((path) => path === p.path || path.startsWith(`${p.path}.`) || path.startsWith(`${p.path}[`)) === p.passes,
    );
    expect(wrong.map((p) => `${p.path}: ${p.what} should ${p.passes ? 'pass' : 'fail'}`)).toEqual([]);
  });
});
