/**
 * The two shapes of an Astro Runtime version, read and ordered by the one comparator that the runtime,
 * deploys and deployments features share:
 * - old: semver `X.Y.Z` (2.1.1 up to 12.x / 13.x), every one an Airflow 2 image;
 * - new: `<airflow major>.<airflow minor>-<build>[.|-<prerelease>]` (`3.1-2`, `2.10-12`).
 * Every new-format version sorts above every old one (`3.0-7` > `12.5.0`), so the shape, not the leading
 * number, decides first; inside the new shape `X.Y-Z` compares as semver `X.Y.Z`, a prerelease before its
 * release.
 */
export interface ParsedRuntimeVersion {
  format: 'semver' | 'airflow';
  major: number;
  minor: number;
  patch: number;
  prerelease?: string;
  /** The Airflow generation: a new-format version names it; every old-format one is Airflow 2. */
  airflowMajor: number;
  /** The Runtime line the lifecycle facts are kept by: the major (`11`) or the Airflow minor (`3.1`). */
  line: string;
}

const OLD = /^(\d+)\.(\d+)\.(\d+)$/;
const NEW = /^(\d+)\.(\d+)-(\d+)(?:[.-]([0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*))?$/;

export function parseRuntimeVersion(text: string | undefined): ParsedRuntimeVersion | undefined {
  const value = text?.trim() ?? '';
  const old = OLD.exec(value);
  if (old) {
    const [major, minor, patch] = [Number(old[1]), Number(old[2]), Number(old[3])];
    return { format: 'semver', major, minor, patch, airflowMajor: 2, line: String(major) };
  }
  const neu = NEW.exec(value);
  if (neu) {
    const [major, minor, patch] = [Number(neu[1]), Number(neu[2]), Number(neu[3])];
    return { format: 'airflow', major, minor, patch, prerelease: neu[4], airflowMajor: major, line: `${major}.${minor}` };
  }
  return undefined;
}

/** Semver's precedence for prerelease identifiers: numbers below words, numbers by value, words by code unit. */
function comparePrerelease(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] === undefined) return -1;
    if (y[i] === undefined) return 1;
    const [p, q] = [x[i]!, y[i]!];
    const [pn, qn] = [/^\d+$/.test(p), /^\d+$/.test(q)];
    if (pn && qn && Number(p) !== Number(q)) return Number(p) - Number(q);
    if (pn !== qn) return pn ? -1 : 1;
    if (!pn && p !== q) return p < q ? -1 : 1;
  }
  return 0;
}

/** Negative when `a` is older. Parsed versions only: see `compareRuntimeVersionText` for text. */
export function compareParsed(a: ParsedRuntimeVersion, b: ParsedRuntimeVersion): number {
  if (a.format !== b.format) return a.format === 'semver' ? -1 : 1;
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch || comparePrerelease(a.prerelease, b.prerelease);
}

/**
 * The one order of Runtime versions, total over every string: readable versions by `compareParsed`,
 * unreadable ones after them, by their text, so a sort never throws or shuffles.
 */
export function compareRuntimeVersionText(a: string, b: string): number {
  const x = parseRuntimeVersion(a);
  const y = parseRuntimeVersion(b);
  if (x && y) return compareParsed(x, y) || (a < b ? -1 : a > b ? 1 : 0);
  if (x || y) return x ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The Airflow major.minor a new-format version names (`3.1-2` → `3.1`); undefined for the old format. */
export function airflowMinorOf(version: ParsedRuntimeVersion): string | undefined {
  return version.format === 'airflow' ? `${version.major}.${version.minor}` : undefined;
}

/**
 * Negative when `a` is older than `b`; undefined when either version cannot be read (callers that sort
 * arbitrary text use `compareRuntimeVersionText`, which is total).
 */
export function compareRuntimeVersions(a: string | undefined, b: string | undefined): number | undefined {
  const x = parseRuntimeVersion(a);
  const y = parseRuntimeVersion(b);
  return x && y ? compareParsed(x, y) : undefined;
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
