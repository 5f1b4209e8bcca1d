/**
 * Astro Runtime versions come in two shapes: semver for Airflow 2 (`12.4.0`) and `major.minor-patch`
 * for Airflow 3 (`3.1-2`). An old semver Runtime `3.0.0` is an Airflow 2 release, so the shape, not
 * the leading number, tells the generations apart; every Airflow 3 Runtime is newer than any Airflow 2 one.
 */
export interface RuntimeVersion {
  airflowMajor: 2 | 3;
  parts: [number, number, number];
}

export function parseRuntimeVersion(version: string | undefined): RuntimeVersion | undefined {
  const text = version?.trim() ?? '';
  const af3 = /^(\d+)\.(\d+)-(\d+)$/.exec(text);
  if (af3) return { airflowMajor: 3, parts: [Number(af3[1]), Number(af3[2]), Number(af3[3])] };
  const af2 = /^(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (af2) return { airflowMajor: 2, parts: [Number(af2[1]), Number(af2[2]), Number(af2[3])] };
  return undefined;
}

/** Negative when `a` is older than `b`; undefined when either version cannot be read. */
export function compareRuntimeVersions(a: string | undefined, b: string | undefined): number | undefined {
  const x = parseRuntimeVersion(a);
  const y = parseRuntimeVersion(b);
  if (!x || !y) return undefined;
  if (x.airflowMajor !== y.airflowMajor) return x.airflowMajor - y.airflowMajor;
  for (let i = 0; i < 3; i++) if (x.parts[i] !== y.parts[i]) return x.parts[i]! - y.parts[i]!;
  return 0;
}

export type RuntimeDirection = 'same' | 'upgrade' | 'downgrade' | 'unknown';

export interface RuntimeChange {
  from?: string;
  to?: string;
  direction: RuntimeDirection;
  /** Going back from Airflow 3 to Airflow 2: a database migration, and only some version pairs work. */
  airflow3To2: boolean;
}

/** What moving the Deployment from Runtime `from` to Runtime `to` means. */
export function runtimeChange(from: string | undefined, to: string | undefined): RuntimeChange {
  const order = compareRuntimeVersions(to, from);
  const direction: RuntimeDirection = from === to ? 'same' : order === undefined ? 'unknown' : order === 0 ? 'same' : order > 0 ? 'upgrade' : 'downgrade';
  const airflow3To2 = parseRuntimeVersion(from)?.airflowMajor === 3 && parseRuntimeVersion(to)?.airflowMajor === 2;
  return { from, to, direction, airflow3To2 };
}
