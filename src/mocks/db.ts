import { createBuildContext, type BuildContext } from './factories';
import { effectiveStatus, scalingStatusOf, statusReasonOf } from './lifecycle';
import { cuid, createRandom } from './random';
import { buildSeed, SEED_RANDOM, type Seed } from './seed';
import type { DbState, Deployment, StoredDeployment, StoredEnvVar } from './model';

/** A change that time makes (a Deployment finishing CREATING, an agent connecting), applied up to `now`. */
export type Tick = (db: DemoDb, now: Date) => void;

export interface DemoDbOptions {
  /** The clock; tests pass a manual one so lifecycles are deterministic. */
  now?: () => Date;
  /** What time changes, in order; each feature of the demo backend brings its own (see demoDb.ts). */
  ticks?: readonly Tick[];
  /** Builds the initial state; defaults to the Acme Data seed. */
  seed?: (ctx: BuildContext) => Seed;
}

const PERSISTED_VERSION = 1;

/**
 * The demo backend's stateful in-memory database. All state is plain JSON in `state`, except secret
 * environment variable values, which live only in `secrets` and are never serialized or returned.
 * Time-based changes (CREATING -> HEALTHY, finalizing simulated deploys, agents connecting) are the ticks
 * that `advance()` runs, which every request calls, so there are no timers to leak or fake.
 */
export class DemoDb {
  state!: DbState;
  /** deploymentId -> key -> secret value. */
  private secrets = new Map<string, Map<string, string>>();
  private clock: () => Date;
  private readonly seedFn: (ctx: BuildContext) => Seed;
  private readonly ticks: readonly Tick[];
  private random = createRandom(SEED_RANDOM);

  constructor(options: DemoDbOptions = {}) {
    this.clock = options.now ?? (() => new Date());
    this.seedFn = options.seed ?? buildSeed;
    this.ticks = options.ticks ?? [];
    this.reset();
  }

  now(): Date {
    return this.clock();
  }

  setClock(now: () => Date): void {
    this.clock = now;
  }

  /** Back to the seed (faults included), as of the current clock. */
  reset(): void {
    const ctx = createBuildContext(SEED_RANDOM, () => this.clock());
    const seed = this.seedFn(ctx);
    this.state = seed.state;
    this.secrets = new Map(Object.entries(seed.secrets).map(([id, values]) => [id, new Map(Object.entries(values))]));
    this.random = createRandom(ctx.random.state());
    this.generation++;
  }

  /** A new 25-char id; the counter and PRNG state are persisted, so ids stay unique across reloads. */
  newId(): string {
    return cuid(this.random, this.now().getTime(), this.state.idCounter++);
  }

  /** Builders bound to this database's clock, PRNG and id sequence. */
  buildContext(): BuildContext {
    return { random: this.random, now: () => this.now(), nextId: () => this.newId() };
  }

  /** JSON for localStorage. Secret values are not in it: entries only say `hasSecretValue`. */
  serialize(): string {
    this.state.randomState = this.random.state();
    return JSON.stringify(this.state);
  }

  /**
   * Restores serialized state; returns false (and keeps the current state) if it is unusable. Secret values
   * never left memory, so after a reload they stay "set" without being known. With `keepUnchangedSecrets`
   * (another tab saved), this tab keeps the values it knows of every secret the other tab left as it was.
   */
  load(json: string, { keepUnchangedSecrets = false } = {}): boolean {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      return false;
    }
    if (!isDbState(parsed)) return false;
    const known = keepUnchangedSecrets ? this.unchangedSecretValues(parsed) : new Map<string, Map<string, string>>();
    this.state = parsed;
    this.secrets = known;
    this.random = createRandom(parsed.randomState);
    this.generation++;
    return true;
  }

  /** Counts replacements of the whole state (reset, load), so a saver can tell when to try again. */
  generation = 0;

  /** The secret values of this tab that `next` still holds unchanged (same key, still set, same updatedAt). */
  private unchangedSecretValues(next: DbState): Map<string, Map<string, string>> {
    const kept = new Map<string, Map<string, string>>();
    for (const d of next.deployments) {
      const values = this.secrets.get(d.id);
      const before = this.state.deployments.find((o) => o.id === d.id);
      if (!values || !before) continue;
      for (const v of d.environmentVariables) {
        const value = values.get(v.key);
        const was = before.environmentVariables.find((o) => o.key === v.key);
        if (value === undefined || !v.isSecret || !v.hasSecretValue || !was?.isSecret || was.updatedAt !== v.updatedAt) continue;
        if (!kept.has(d.id)) kept.set(d.id, new Map());
        kept.get(d.id)!.set(v.key, value);
      }
    }
    return kept;
  }

  /** Applies every change whose time has come; cheap enough to run on each request. */
  advance(): void {
    const now = this.now();
    for (const tick of this.ticks) tick(this, now);
  }

  findDeployment(organizationId: string, deploymentId: string): StoredDeployment | undefined {
    return this.state.deployments.find((d) => d.id === deploymentId && d.organizationId === organizationId);
  }

  hasOrganization(organizationId: string): boolean {
    return this.state.organizations.some((o) => o.id === organizationId);
  }

  secretValue(deploymentId: string, key: string): string | undefined {
    return this.secrets.get(deploymentId)?.get(key);
  }

  setSecretValue(deploymentId: string, key: string, value: string): void {
    let values = this.secrets.get(deploymentId);
    if (!values) this.secrets.set(deploymentId, (values = new Map()));
    values.set(key, value);
  }

  forgetSecrets(deploymentId: string, keepKeys: ReadonlySet<string> = new Set()): void {
    const values = this.secrets.get(deploymentId);
    if (!values) return;
    for (const key of [...values.keys()]) if (!keepKeys.has(key)) values.delete(key);
  }

  /** The wire form: effective status, workspace name, hibernation status, and no secret values. */
  toWire(d: StoredDeployment): Deployment {
    const { transition: _transition, environmentVariables, ...rest } = d;
    const wire: Deployment = {
      ...rest,
      status: effectiveStatus(d, this.now()),
      environmentVariables: environmentVariables.map(wireEnvVar),
    };
    const reason = statusReasonOf(d, this.now());
    if (reason) wire.statusReason = reason;
    else delete wire.statusReason;
    const scaling = scalingStatusOf(d, this.now());
    if (scaling) wire.scalingStatus = scaling;
    const workspace = this.state.workspaces.find((w) => w.id === d.workspaceId);
    if (workspace) wire.workspaceName = workspace.name;
    return wire;
  }
}

function wireEnvVar(e: StoredEnvVar): NonNullable<Deployment['environmentVariables']>[number] {
  return e.isSecret ? { key: e.key, isSecret: true, updatedAt: e.updatedAt } : { key: e.key, isSecret: false, updatedAt: e.updatedAt, value: e.value ?? '' };
}

function isDbState(value: unknown): value is DbState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<DbState>;
  return (
    v.version === PERSISTED_VERSION &&
    Array.isArray(v.organizations) &&
    Array.isArray(v.workspaces) &&
    Array.isArray(v.deployments) &&
    typeof v.deploys === 'object' &&
    Array.isArray(v.clusters) &&
    Array.isArray(v.agentTokens) &&
    Array.isArray(v.remoteAgents) &&
    typeof v.faults === 'object' &&
    typeof v.idCounter === 'number' &&
    typeof v.randomState === 'number'
  );
}
