import type { components } from '../../../shared/api/schema.gen';
import {
  BASIC_SUPPORT_MONTHS_V3,
  KNOWN_PYTHONS,
  LINE_FACTS,
  MAINTENANCE_MONTHS_V3,
  PYTHON_VARIANT_FROM_MAJOR,
  SLIM_VARIANT_FROM_MAJOR,
  SOURCES,
  UBI9_PYTHONS,
  YANKED,
  YANKED_LIST_COVERS_UP_TO_LINE,
  type LineFacts,
} from './runtimeFacts';
import { compareParsed, compareRuntimeVersionText, parseRuntimeVersion, type ParsedRuntimeVersion } from './runtimeVersion';

export type RuntimeRelease = components['schemas']['RuntimeRelease'];

/** A figure with where it comes from: stated by a source, derived by a rule (and labelled so), or unknown. */
export type Known<T> = { state: 'stated'; value: T; source: string } | { state: 'derived'; value: T; rule: string; derived: true } | { state: 'unknown' };

const UNKNOWN = { state: 'unknown' } as const;
const stated = <T>(value: T, source: string): Known<T> => ({ state: 'stated', value, source });
const derived = <T>(value: T, rule: string): Known<T> => ({ state: 'derived', value, rule, derived: true });

export interface Yank {
  yanked: boolean;
  reason?: string;
}

export type UbiAvailability = { available: true; pythons: readonly string[] } | { available: false; reason: string };

export interface RuntimeEntry {
  version: string;
  parsed: ParsedRuntimeVersion;
  airflowMajor: number;
  /** Whether deployment-options lists it; a version only Deployments run is in the catalogue too. */
  offered: boolean;
  airflowVersion: Known<string>;
  channel?: string;
  releaseDate?: string;
  /** Whether moving to it migrates the Airflow database; undefined when the API does not list it. */
  airflowDatabaseMigration?: boolean;
  lts: Known<boolean>;
  maintenanceEnd: Known<string>;
  basicSupportEnd: Known<string>;
  yanked: Known<Yank>;
  defaultPython: Known<string>;
  /** Python versions a source shows this Runtime offering; `complete` when that is the whole list. */
  pythons: { versions: readonly string[]; complete: boolean };
  pythonVariant: boolean;
  slimVariant: boolean;
  ubi9: Known<UbiAvailability>;
  postgres: Known<string>;
  os: Known<string>;
  notes: readonly string[];
}

/** YYYY-MM-DD of the last day of the month `months` after the month of `iso` (UTC). */
export function endOfMonthAfter(iso: string, months: number): string {
  const date = new Date(iso);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months + 1, 0));
  return last.toISOString().slice(0, 10);
}

/** Maintenance ends on the last day of the stated month. */
function monthEnd(month: string): string {
  return endOfMonthAfter(`${month}-01T00:00:00Z`, 0);
}

function withinRange(version: ParsedRuntimeVersion, from: string, to: string): boolean {
  return compareParsed(version, parseRuntimeVersion(from)!) >= 0 && compareParsed(version, parseRuntimeVersion(to)!) <= 0;
}

function yankOf(version: ParsedRuntimeVersion): Known<Yank> {
  if (YANKED.some((range) => withinRange(version, range.from, range.to))) return stated({ yanked: true }, SOURCES.lifecycle2024);
  if (version.format === 'semver' && version.major <= YANKED_LIST_COVERS_UP_TO_LINE) return stated({ yanked: false }, SOURCES.lifecycle2024);
  return UNKNOWN;
}

function lifecycleOf(version: ParsedRuntimeVersion, facts: LineFacts, releaseDate: string | undefined) {
  if (facts.maintenanceEndMonth) return { maintenanceEnd: stated(monthEnd(facts.maintenanceEndMonth), SOURCES.lifecycle2024), basicSupportEnd: UNKNOWN };
  if (version.format === 'airflow' && version.airflowMajor >= 3 && releaseDate) {
    const day = releaseDate.slice(0, 10);
    return {
      maintenanceEnd: derived(endOfMonthAfter(releaseDate, MAINTENANCE_MONTHS_V3), `Released ${day}, plus two years of maintenance, to the end of that month`),
      basicSupportEnd: derived(
        endOfMonthAfter(releaseDate, MAINTENANCE_MONTHS_V3 + BASIC_SUPPORT_MONTHS_V3),
        `Released ${day}, plus two years of maintenance and six months of Basic Support, to the end of that month`,
      ),
    };
  }
  return { maintenanceEnd: UNKNOWN, basicSupportEnd: UNKNOWN };
}

function ubiOf(version: ParsedRuntimeVersion, facts: LineFacts): Known<UbiAvailability> {
  if (version.format === 'semver' && version.major < 11)
    return stated({ available: false, reason: 'UBI9 images start at Runtime 11.13.0 and 12.3.0.' }, SOURCES.tags);
  if (!facts.ubi9From) return UNKNOWN;
  if (compareParsed(version, parseRuntimeVersion(facts.ubi9From)!) < 0) {
    return stated({ available: false, reason: `UBI9 images on this line start at ${facts.ubi9From}.` }, SOURCES.tags);
  }
  return stated({ available: true, pythons: UBI9_PYTHONS }, SOURCES.tags);
}

function entryFor(version: string, parsed: ParsedRuntimeVersion, release: RuntimeRelease | undefined): RuntimeEntry {
  const facts = LINE_FACTS[parsed.line] ?? {};
  const airflowVersion = release
    ? stated(release.airflowVersion, 'deployment-options')
    : facts.airflow
      ? stated(facts.airflow, SOURCES.architecture)
      : parsed.format === 'airflow'
        ? stated(parsed.line, 'the version itself')
        : UNKNOWN;
  const defaultPython = facts.defaultPython ? stated(facts.defaultPython, SOURCES.architecture) : UNKNOWN;
  // A Python seen in a later patch says nothing about earlier ones.
  const seenHere = (facts.pythonsSeen ?? []).filter((p) => compareParsed(parsed, parseRuntimeVersion(p.from)!) >= 0).map((p) => p.python);
  const seen = [...(facts.defaultPython ? [facts.defaultPython] : []), ...seenHere];
  const oldMajor = parsed.format === 'semver' ? parsed.major : Infinity;
  return {
    version,
    parsed,
    airflowMajor: parsed.airflowMajor,
    offered: Boolean(release),
    airflowVersion,
    channel: release?.channel,
    releaseDate: release?.releaseDate,
    airflowDatabaseMigration: release?.airflowDatabaseMigration,
    lts: facts.lts === undefined ? UNKNOWN : stated(facts.lts, SOURCES.lifecycle2024),
    ...lifecycleOf(parsed, facts, release?.releaseDate),
    yanked: yankOf(parsed),
    defaultPython,
    pythons: { versions: KNOWN_PYTHONS.filter((p) => seen.includes(p)), complete: false },
    pythonVariant: oldMajor >= PYTHON_VARIANT_FROM_MAJOR,
    slimVariant: oldMajor >= SLIM_VARIANT_FROM_MAJOR,
    ubi9: ubiOf(parsed, facts),
    postgres: facts.postgres ? stated(facts.postgres, SOURCES.architecture) : UNKNOWN,
    os: facts.os ? stated(facts.os, SOURCES.architecture) : UNKNOWN,
    notes: facts.notes ?? [],
  };
}

/**
 * The catalogue: every release the API lists, and every other version a Deployment runs, newest first, each
 * with the facts the sources state for it. Nothing is invented: a release absent from the facts table
 * (a live server's newest one) gets its API fields and "unknown" for the rest.
 */
export function buildCatalogue(releases: readonly RuntimeRelease[], versionsInUse: Iterable<string> = []): RuntimeEntry[] {
  const byVersion = new Map<string, RuntimeEntry>();
  for (const release of releases) {
    const parsed = parseRuntimeVersion(release.version);
    if (parsed && !byVersion.has(release.version)) byVersion.set(release.version, entryFor(release.version, parsed, release));
  }
  for (const version of versionsInUse) {
    const parsed = parseRuntimeVersion(version);
    if (parsed && !byVersion.has(version)) byVersion.set(version, entryFor(version, parsed, undefined));
  }
  return [...byVersion.values()].sort((a, b) => compareRuntimeVersionText(b.version, a.version));
}

export function findEntry(catalogue: readonly RuntimeEntry[], version: string): RuntimeEntry | undefined {
  return catalogue.find((entry) => entry.version === version);
}
