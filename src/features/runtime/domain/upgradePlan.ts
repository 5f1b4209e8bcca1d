import { findEntry, type RuntimeEntry } from './catalogue';
import { DEFAULT_CHOICE, composeFromLine } from './imageTag';
import { isSupported, lifecycleOf, type Lifecycle } from './lifecycle';
import { compareParsed, compareRuntimeVersionText, parseRuntimeVersion } from './runtimeVersion';

/**
 * The upgrade planner's rules: which Runtimes a Deployment can move to by changing its Dockerfile and
 * deploying, and what each move does. Airflow 2 → 3 in place follows Astronomer's rules: the Deployment must
 * run Runtime 13.7.0 or later, and an Airflow 3 target must be the latest patch of a supported minor or a
 * version another Deployment in the Organization already runs. A downgrade is never a deploy: the way back
 * is a rollback to an earlier deploy.
 */
export const AIRFLOW3_GATE = '13.7.0';
/** Kubernetes executor Deployments exist from Runtime 8.1.0; the Astro executor on Airflow 3 only. */
const KUBERNETES_FROM = '8.1.0';

export interface PlanSubject {
  id: string;
  runtimeVersion: string;
  executor?: string;
}

export type TargetKind = 'patch' | 'minor' | 'airflow3';

export interface UpgradeTarget {
  kind: TargetKind;
  entry: RuntimeEntry;
  lifecycle: Lifecycle;
  /** Why it is offered: "latest patch of the 3.1 line", "already used in the Organization". */
  why: string;
  airflowChange: string;
  /** `required` when a release between the two is flagged, or the move crosses Airflow majors. */
  migration: 'required' | 'not-flagged';
  migrationText: string;
  carriesOver: boolean;
  carryOverText: string;
  from?: string;
  fromProblems: string[];
  deployCommand: string;
  /** Set when an in-place rule forbids the move today, with what to do first. */
  blocked?: string;
}

export interface UpgradePlan {
  current?: RuntimeEntry;
  lifecycle?: Lifecycle;
  targets: UpgradeTarget[];
  /** Says why a kind of target is absent ("already on the latest patch"). */
  notes: string[];
}

export type VersionCheck =
  { kind: 'target'; target: UpgradeTarget } | { kind: 'same'; message: string } | { kind: 'downgrade'; message: string } | { kind: 'refused'; message: string };

const yanked = (entry: RuntimeEntry) => entry.yanked.state !== 'unknown' && entry.yanked.value.yanked;
const airflowOf = (entry: RuntimeEntry | undefined) =>
  entry && entry.airflowVersion.state !== 'unknown' ? entry.airflowVersion.value : entry ? `${entry.airflowMajor}.x` : 'unknown';
const lineName = (entry: RuntimeEntry) => `${entry.parsed.line}${entry.parsed.format === 'semver' ? '.x' : ''}`;

/** The newest version of `line` that can be used (not yanked), among `entries`. */
function newestOfLine(entries: readonly RuntimeEntry[], line: string): RuntimeEntry | undefined {
  return entries.filter((e) => e.parsed.line === line && !yanked(e)).sort((a, b) => compareRuntimeVersionText(b.version, a.version))[0];
}

/** Whether the Deployment may go to Airflow 3 in place: it runs Runtime 13.7.0 or later (or Airflow 3 already). */
export function passesAirflow3Gate(version: string): boolean {
  const parsed = parseRuntimeVersion(version);
  return Boolean(parsed && compareParsed(parsed, parseRuntimeVersion(AIRFLOW3_GATE)!) >= 0);
}

/** Whether `entry` is the latest patch of its Airflow 3 minor, and that minor is supported on `now`. */
export function isLatestPatchOfSupportedMinor(entry: RuntimeEntry, catalogue: readonly RuntimeEntry[], now: Date): boolean {
  const newest = newestOfLine(
    catalogue.filter((e) => e.offered),
    entry.parsed.line,
  );
  return newest?.version === entry.version && isSupported(lifecycleOf(entry, now));
}

/** Whether an Airflow 3 `entry` is a target the in-place rule allows: latest supported patch, or used in the Organization. */
export function isAllowedAirflow3Target(entry: RuntimeEntry, catalogue: readonly RuntimeEntry[], usedInOrganization: ReadonlySet<string>, now: Date) {
  return !yanked(entry) && (isLatestPatchOfSupportedMinor(entry, catalogue, now) || usedInOrganization.has(entry.version));
}

/** Whether the Deployment's executor exists on the target: Kubernetes from 8.1.0, Astro on Airflow 3 only. */
export function executorCarriesOver(executor: string | undefined, target: RuntimeEntry): boolean {
  if (executor === 'ASTRO') return target.airflowMajor >= 3;
  if (executor === 'KUBERNETES') return compareParsed(target.parsed, parseRuntimeVersion(KUBERNETES_FROM)!) >= 0;
  return true;
}

const EXECUTOR_NAME: Record<string, string> = { CELERY: 'Celery', KUBERNETES: 'Kubernetes', ASTRO: 'Astro' };

function targetOf(
  subject: PlanSubject,
  current: RuntimeEntry | undefined,
  entry: RuntimeEntry,
  kind: TargetKind,
  why: string,
  catalogue: readonly RuntimeEntry[],
  now: Date,
): UpgradeTarget {
  const crossesMajor = (current?.airflowMajor ?? entry.airflowMajor) !== entry.airflowMajor;
  const flagged = catalogue.filter(
    (e) =>
      e.airflowDatabaseMigration &&
      compareRuntimeVersionText(e.version, subject.runtimeVersion) > 0 &&
      compareRuntimeVersionText(e.version, entry.version) <= 0,
  );
  const migration = crossesMajor || flagged.length ? 'required' : 'not-flagged';
  const migrationText = crossesMajor
    ? `Airflow ${entry.airflowMajor} migrates the Airflow metadata database on the first deploy: no table of it may exceed 50 GB, and going back to Airflow 2 is limited.`
    : flagged.length
      ? `The Airflow metadata database is migrated (flagged on ${flagged.map((e) => e.version).join(', ')}): the deploy takes longer, and a rollback past it is a downgrade.`
      : 'The API flags no Airflow database migration between these versions.';
  const executor = subject.executor ? (EXECUTOR_NAME[subject.executor] ?? subject.executor) : undefined;
  const carriesOver = executorCarriesOver(subject.executor, entry);
  const carryOverText = carriesOver
    ? `${executor ? `The ${executor} executor` : 'The executor'} and the Deployment's settings (resources, worker queues, environment variables) carry over: a deploy changes the image only.`
    : `The ${executor} executor does not exist on Runtime ${entry.version}: change the executor on the Details tab first.`;
  const { from, refusals, warnings } = composeFromLine(entry, DEFAULT_CHOICE);
  return {
    kind,
    entry,
    lifecycle: lifecycleOf(entry, now),
    why,
    airflowChange: `Airflow ${airflowOf(current)} → ${airflowOf(entry)}`,
    migration,
    migrationText,
    carriesOver,
    carryOverText,
    from,
    fromProblems: [...refusals, ...warnings],
    deployCommand: `astro deploy ${subject.id}`,
  };
}

function gateBlock(subject: PlanSubject, catalogue: readonly RuntimeEntry[]): string | undefined {
  if (passesAirflow3Gate(subject.runtimeVersion)) return undefined;
  const stepping = catalogue.find((e) => e.offered && !yanked(e) && e.airflowMajor === 2 && passesAirflow3Gate(e.version));
  return `An in-place upgrade to Airflow 3 needs Runtime ${AIRFLOW3_GATE} or later; this Deployment runs ${subject.runtimeVersion}. ${
    stepping ? `Upgrade to ${stepping.version} first.` : `The API offers no Runtime ${AIRFLOW3_GATE} or later yet: upgrade within Airflow 2 for now.`
  }`;
}

/** Every target for `subject` on `now`: the latest patch of its line, the newest patch of each newer line, Airflow 3. */
export function planUpgrades(subject: PlanSubject, catalogue: readonly RuntimeEntry[], usedInOrganization: ReadonlySet<string>, now: Date): UpgradePlan {
  const current = findEntry(catalogue, subject.runtimeVersion);
  const parsed = parseRuntimeVersion(subject.runtimeVersion);
  if (!parsed) return { targets: [], notes: [`${subject.runtimeVersion} is not a Runtime version the planner can read.`] };
  const newer = catalogue.filter((e) => compareParsed(e.parsed, parsed) > 0);
  const targets: UpgradeTarget[] = [];
  const notes: string[] = [];

  const patch = newestOfLine(newer, parsed.line);
  if (patch) targets.push(targetOf(subject, current, patch, 'patch', `Latest patch of the ${lineName(patch)} line`, catalogue, now));
  else notes.push(`${subject.runtimeVersion} is the latest patch of its line the catalogue knows.`);

  const sameMajorLines = [
    ...new Set(newer.filter((e) => e.offered && e.airflowMajor === parsed.airflowMajor && e.parsed.line !== parsed.line).map((e) => e.parsed.line)),
  ];
  for (const line of sameMajorLines) {
    const entry = newestOfLine(
      newer.filter((e) => e.offered),
      line,
    );
    if (!entry || (entry.airflowMajor >= 3 && !isAllowedAirflow3Target(entry, catalogue, usedInOrganization, now))) continue;
    targets.push(targetOf(subject, current, entry, 'minor', `Latest patch of the ${lineName(entry)} line`, catalogue, now));
  }

  if (parsed.airflowMajor < 3) {
    const block = gateBlock(subject, catalogue);
    const airflow3 = newer.filter((e) => e.airflowMajor >= 3 && isAllowedAirflow3Target(e, catalogue, usedInOrganization, now));
    for (const entry of airflow3) {
      const why = isLatestPatchOfSupportedMinor(entry, catalogue, now) ? `Latest patch of Airflow ${entry.parsed.line}` : 'Already used in the Organization';
      targets.push({ ...targetOf(subject, current, entry, 'airflow3', why, catalogue, now), blocked: block });
    }
    if (!airflow3.length) notes.push('No Airflow 3 Runtime is a target: none is the latest patch of a supported minor or used in the Organization.');
  }
  return { current, lifecycle: current && lifecycleOf(current, now), targets, notes };
}

/** What moving `subject` to `version` would be: a planned target, the same version, a downgrade or a refusal. */
export function checkVersion(
  subject: PlanSubject,
  version: string,
  catalogue: readonly RuntimeEntry[],
  usedInOrganization: ReadonlySet<string>,
  now: Date,
): VersionCheck {
  const entry = findEntry(catalogue, version);
  if (!entry) return { kind: 'refused', message: `Runtime ${version} is not in the catalogue.` };
  const order = compareRuntimeVersionText(version, subject.runtimeVersion);
  if (order === 0) return { kind: 'same', message: `The Deployment already runs Runtime ${version}.` };
  if (order < 0) {
    return {
      kind: 'downgrade',
      message: `Runtime ${version} is older than ${subject.runtimeVersion}: a deploy never downgrades (the CLI refuses a Dockerfile with an older Runtime). The way back is a rollback to an earlier deploy that ran it, from the deploy history.`,
    };
  }
  if (yanked(entry)) return { kind: 'refused', message: `Runtime ${version} was yanked: it can never be used.` };
  const planned = planUpgrades(subject, catalogue, usedInOrganization, now).targets.find((t) => t.entry.version === version);
  if (planned) return { kind: 'target', target: planned };
  if (entry.airflowMajor >= 3 && !isAllowedAirflow3Target(entry, catalogue, usedInOrganization, now)) {
    return {
      kind: 'refused',
      message: `Runtime ${version} is not available as an upgrade target: Airflow 3 upgrades are limited to the latest patch of each supported minor, or a version already used in the Organization.`,
    };
  }
  const current = findEntry(catalogue, subject.runtimeVersion);
  const kind: TargetKind = entry.airflowMajor !== (current?.airflowMajor ?? 2) ? 'airflow3' : entry.parsed.line === current?.parsed.line ? 'patch' : 'minor';
  const target = targetOf(subject, current, entry, kind, 'Chosen version', catalogue, now);
  return { kind: 'target', target: kind === 'airflow3' ? { ...target, blocked: gateBlock(subject, catalogue) } : target };
}
