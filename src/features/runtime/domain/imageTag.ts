import { findEntry, type RuntimeEntry } from './catalogue';
import { lifecycleOf, STATUS_LABEL } from './lifecycle';
import { REGISTRY, UBI9_PYTHONS } from './runtimeFacts';
import { compareRuntimeVersionText, parseRuntimeVersion, type ParsedRuntimeVersion } from './runtimeVersion';

/**
 * The Runtime image tag grammar: `<version>[-ubi9][-python-X.Y][-slim][-base]`, in that order (distro,
 * Python, slim, base), from quay.io for Airflow 2 and astrocrpublic.azurecr.io for Airflow 3. The composer
 * writes that order; the reader also takes the variants in any other order (the CLI documents
 * `13.7.0-slim-python-3.12`), and says so.
 */
export interface ImageChoice {
  /** undefined: the image's default Python (no `-python` suffix). */
  python?: string;
  distro: 'debian' | 'ubi9';
  slim: boolean;
  base: boolean;
}

export const DEFAULT_CHOICE: ImageChoice = { distro: 'debian', slim: false, base: false };

export function registryFor(airflowMajor: number): string {
  return airflowMajor >= 3 ? REGISTRY.airflow3 : REGISTRY.airflow2;
}

/** The tag in the documented order. */
export function tagOf(version: string, choice: ImageChoice): string {
  return [version, choice.distro === 'ubi9' && 'ubi9', choice.python && `python-${choice.python}`, choice.slim && 'slim', choice.base && 'base']
    .filter(Boolean)
    .join('-');
}

export interface Composition {
  /** The FROM line; absent when a refusal stands. */
  from?: string;
  /** Why the combination cannot be built. */
  refusals: string[];
  /** What the catalogue cannot confirm: the line may work, check the registry before relying on it. */
  warnings: string[];
}

/** The FROM line for `entry` with `choice`, or the reasons it does not exist. */
export function composeFromLine(entry: RuntimeEntry, choice: ImageChoice): Composition {
  const refusals: string[] = [];
  const warnings: string[] = [];
  const v = entry.version;
  if (entry.yanked.state !== 'unknown' && entry.yanked.value.yanked) {
    refusals.push(`Runtime ${v} was yanked${entry.yanked.value.reason ? ` (${entry.yanked.value.reason})` : ''}: it can never be used. Pick another version.`);
  }
  if (choice.python && !entry.pythonVariant) refusals.push(`Python-version images (-python-X.Y) exist from Runtime 9; ${v} has only its default Python.`);
  if (choice.slim && !entry.slimVariant) refusals.push(`Slim images exist from Runtime 11; ${v} has none.`);
  if (choice.distro === 'ubi9') checkUbi(entry, choice, refusals, warnings);
  if (choice.python && entry.pythonVariant && !entry.pythons.versions.includes(choice.python)) {
    const listed = entry.pythons.versions.length ? entry.pythons.versions.join(', ') : 'none';
    if (entry.pythons.complete) refusals.push(`Runtime ${v} does not offer Python ${choice.python}; it offers ${listed}.`);
    else if (!(choice.distro === 'ubi9' && UBI9_PYTHONS.includes(choice.python))) {
      warnings.push(
        `No source confirms Python ${choice.python} for Runtime ${v} (the API does not list Python versions; confirmed: ${listed}). Check the registry before you deploy.`,
      );
    }
  }
  if (refusals.length) return { refusals, warnings };
  return { from: `FROM ${registryFor(entry.airflowMajor)}:${tagOf(v, choice)}`, refusals, warnings };
}

function checkUbi(entry: RuntimeEntry, choice: ImageChoice, refusals: string[], warnings: string[]) {
  const ubi = entry.ubi9;
  if (ubi.state === 'unknown') warnings.push(`No source confirms UBI9 images for Runtime ${entry.version}; they are documented from 11.13.0 and 12.3.0.`);
  else if (!ubi.value.available) refusals.push(`No UBI9 image for Runtime ${entry.version}: ${ubi.value.reason}`);
  if (!choice.python) refusals.push(`UBI9 images are published per Python version (${UBI9_PYTHONS.join(' or ')}): pick one.`);
  else if (!UBI9_PYTHONS.includes(choice.python)) refusals.push(`UBI9 images exist for Python ${UBI9_PYTHONS.join(' and ')} only, not ${choice.python}.`);
}

export interface ParsedImage {
  registry: string;
  version: string;
  parsed: ParsedRuntimeVersion;
  choice: ImageChoice;
  /** Whether the variants are written in the documented order (distro, Python, slim, base). */
  documentedOrder: boolean;
}

export type ParseResult = { ok: true; image: ParsedImage } | { ok: false; error: string };

const VARIANT = /^-(ubi9|python-(\d+\.\d+)|slim|base)(?=-|$)/;
const RANK = { ubi9: 0, python: 1, slim: 2, base: 3 } as const;

/** Reads a Dockerfile FROM line (or a bare image reference) naming an Astro Runtime image. */
export function parseFromLine(text: string): ParseResult {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words[0]?.toUpperCase() === 'FROM') words.shift();
  while (words[0]?.startsWith('--')) words.shift();
  const reference = words[0];
  if (!reference) return { ok: false, error: 'Paste a FROM line, such as FROM quay.io/astronomer/astro-runtime:12.4.0.' };
  const withoutDigest = reference.split('@')[0]!;
  const colon = withoutDigest.lastIndexOf(':');
  const slash = withoutDigest.lastIndexOf('/');
  if (colon <= slash) return { ok: false, error: `${reference} has no tag: pin a Runtime version, such as ${REGISTRY.airflow2}:12.4.0.` };
  const registry = withoutDigest.slice(0, colon);
  const tag = withoutDigest.slice(colon + 1);
  if (registry !== REGISTRY.airflow2 && registry !== REGISTRY.airflow3) {
    return { ok: false, error: `${registry} is not an Astro Runtime repository (${REGISTRY.airflow2} or ${REGISTRY.airflow3}).` };
  }
  const head = /^(\d+\.\d+\.\d+|\d+\.\d+-\d+)/.exec(tag);
  const parsed = head && parseRuntimeVersion(head[1]);
  if (!head || !parsed) return { ok: false, error: `${tag} does not start with a Runtime version (12.4.0 or 3.1-2).` };
  const choice: ImageChoice = { ...DEFAULT_CHOICE };
  const seen: number[] = [];
  let rest = tag.slice(head[1]!.length);
  while (rest) {
    const match = VARIANT.exec(rest);
    if (!match) return { ok: false, error: `Unknown variant "${rest.slice(1).split('-')[0]}" in ${tag}: the variants are ubi9, python-X.Y, slim and base.` };
    const kind = match[2] ? 'python' : (match[1] as 'ubi9' | 'slim' | 'base');
    if (seen.includes(RANK[kind])) return { ok: false, error: `${tag} names ${kind} twice.` };
    seen.push(RANK[kind]);
    if (kind === 'python') choice.python = match[2];
    else if (kind === 'ubi9') choice.distro = 'ubi9';
    else choice[kind] = true;
    rest = rest.slice(match[0].length);
  }
  const documentedOrder = seen.every((rank, i) => i === 0 || rank > seen[i - 1]!);
  return { ok: true, image: { registry, version: head[1]!, parsed, choice, documentedOrder } };
}

export interface Reading {
  /** "Astro Runtime 3.1-2 (Airflow 3.1.0), UBI9, Python 3.11, slim". */
  summary: string;
  entry?: RuntimeEntry;
  problems: string[];
  /** The same image in the documented order, when the input used another. */
  documentedFrom?: string;
  /** The newest non-yanked patch of the same line, with the same variants, when it is newer. */
  moveTo?: { version: string; from?: string; why: string };
  /** Where it stands on the lifecycle, when the catalogue has it. */
  status?: string;
  /** Whether it is yanked or known to be past maintenance. */
  stale: boolean;
  /**
   * When stale: the newest Runtime the API offers on the same Airflow major (with its lifecycle, which may be
   * unknown), and for Airflow 2 the newest maintained Airflow 3 one.
   */
  upgrades: { version: string; status: string; from?: string; warnings: string[] }[];
}

function variantWords(choice: ImageChoice): string[] {
  return [
    choice.distro === 'ubi9' ? 'UBI9 (RHEL)' : 'Debian',
    choice.python ? `Python ${choice.python}` : 'default Python',
    choice.slim && 'slim',
    choice.base && 'base (no ONBUILD steps)',
  ].filter((word): word is string => Boolean(word));
}

const usable = (entry: RuntimeEntry) => !(entry.yanked.state !== 'unknown' && entry.yanked.value.yanked);

/** What a parsed image is, whether the catalogue supports it on `now`, and what to move to. */
export function readImage(image: ParsedImage, catalogue: readonly RuntimeEntry[], now: Date): Reading {
  const entry = findEntry(catalogue, image.version);
  const airflow = entry?.airflowVersion.state === 'stated' ? `Airflow ${entry.airflowVersion.value}` : `Airflow ${image.parsed.airflowMajor}`;
  const summary = `Astro Runtime ${image.version} (${airflow}), ${variantWords(image.choice).join(', ')}`;
  const problems: string[] = [];
  const expected = registryFor(image.parsed.airflowMajor);
  if (image.registry !== expected) problems.push(`Airflow ${image.parsed.airflowMajor} Runtimes are published at ${expected}, not ${image.registry}.`);
  if (!entry) problems.push(`Runtime ${image.version} is not in the catalogue: the API does not list it.`);
  else problems.push(...composeFromLine(entry, image.choice).refusals);
  const documentedFrom = image.documentedOrder ? undefined : `FROM ${expected}:${tagOf(image.version, image.choice)}`;
  const newer = catalogue
    .filter((e) => e.parsed.line === image.parsed.line && usable(e) && compareRuntimeVersionText(e.version, image.version) > 0)
    .sort((a, b) => compareRuntimeVersionText(b.version, a.version))[0];
  const moveTo = newer
    ? {
        version: newer.version,
        from: composeFromLine(newer, image.choice).from,
        why: `the newest patch of the ${image.parsed.line}${image.parsed.format === 'semver' ? '.x' : ''} line`,
      }
    : undefined;
  const lifecycle = entry && lifecycleOf(entry, now);
  const stale = Boolean(lifecycle && (lifecycle.status === 'ended' || lifecycle.status === 'yanked'));
  const newerOffered = (major: number, maintainedOnly: boolean) =>
    catalogue.find(
      (e) =>
        e.airflowMajor === major &&
        e.offered &&
        usable(e) &&
        lifecycleOf(e, now).status !== 'ended' &&
        (!maintainedOnly || lifecycleOf(e, now).status === 'maintained') &&
        compareRuntimeVersionText(e.version, image.version) > 0,
    );
  const targets = stale ? [newerOffered(image.parsed.airflowMajor, false), ...(image.parsed.airflowMajor < 3 ? [newerOffered(3, true)] : [])] : [];
  const upgrades = targets
    .filter((e): e is RuntimeEntry => Boolean(e))
    .map((e) => {
      const { from, warnings } = composeFromLine(e, image.choice);
      return { version: e.version, status: STATUS_LABEL[lifecycleOf(e, now).status], from, warnings };
    });
  return { summary, entry, problems, documentedFrom, moveTo, status: lifecycle && STATUS_LABEL[lifecycle.status], stale, upgrades };
}
