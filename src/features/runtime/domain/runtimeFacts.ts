/**
 * What the API's `runtimeReleases` does not say about a Runtime, as Astronomer's documentation states it.
 * Only stated facts are here: a field the sources leave open is absent, and the catalogue shows it as
 * unknown. Lifecycle figures that follow from a policy rather than a table are computed in `catalogue.ts`
 * and marked derived there.
 *
 * Sources: the Runtime image architecture guide (version map, Postgres, OS, variants), the lifecycle policy
 * as of 2024 (channels, release and end-of-maintenance months, yanked versions), the policy since Runtime
 * 3.0 (two years of maintenance, then six months of Basic Support), and published image tags.
 */
export const SOURCES = {
  architecture: 'Runtime image architecture guide',
  lifecycle2024: 'Runtime lifecycle policy (schedule as of 2024)',
  lifecycle3: 'Runtime lifecycle policy since Runtime 3.0',
  tags: 'Published Runtime image tags',
} as const;

export interface LineFacts {
  /** The Airflow major.minor the line ships. */
  airflow?: string;
  /** LTS lines of the pre-3.0 policy; other lines were Stable. */
  lts?: boolean;
  /** First release of the line (YYYY-MM-DD). */
  released?: string;
  /** The month maintenance ends (YYYY-MM); it ends on that month's last day. */
  maintenanceEndMonth?: string;
  defaultPython?: string;
  /** Python versions a published tag shows, from the version it was seen at on; not a complete list. */
  pythonsSeen?: { python: string; from: string }[];
  postgres?: string;
  os?: string;
  /** The first version of the line with UBI9 (RHEL) images. */
  ubi9From?: string;
  notes?: string[];
}

/** Old-format lines by Runtime major, new-format lines by Airflow minor. */
export const LINE_FACTS: Readonly<Record<string, LineFacts>> = {
  '3': { airflow: '2.1', released: '2021-08-12', maintenanceEndMonth: '2022-02' },
  '4': { airflow: '2.2', lts: true, released: '2022-03-10', maintenanceEndMonth: '2023-09', defaultPython: '3.9', os: 'Debian 11.1, amd64' },
  '5': { airflow: '2.3', lts: true, released: '2022-04-30', maintenanceEndMonth: '2024-04', defaultPython: '3.9', postgres: '10–13', os: 'Debian 11.3' },
  '6': {
    airflow: '2.4',
    lts: true,
    released: '2022-09-19',
    maintenanceEndMonth: '2024-03',
    defaultPython: '3.9',
    postgres: '10–13',
    os: 'Debian 11.5, amd64; arm64 too from 6.0.4',
  },
  '7': { airflow: '2.5', lts: false, released: '2022-12-03', maintenanceEndMonth: '2023-07', defaultPython: '3.9', postgres: '11–15', os: 'Debian 11.5' },
  '8': { airflow: '2.6', lts: false, released: '2023-04-30', maintenanceEndMonth: '2023-11', defaultPython: '3.10', postgres: '11–15', os: 'Debian 11.7' },
  '9': { airflow: '2.7', lts: true, released: '2023-08-18', maintenanceEndMonth: '2025-01', defaultPython: '3.11', postgres: '11–15', os: 'Debian 11.7' },
  '10': { airflow: '2.8', lts: false, released: '2023-12-18', maintenanceEndMonth: '2024-06', defaultPython: '3.11', postgres: '12–16', os: 'Debian 11.8' },
  '11': {
    airflow: '2.9',
    lts: true,
    released: '2024-04-08',
    maintenanceEndMonth: '2025-10',
    defaultPython: '3.11',
    pythonsSeen: [
      { python: '3.11', from: '11.0.0' },
      { python: '3.12', from: '11.13.0' },
    ],
    postgres: '12–16',
    os: 'Debian 11.8',
    ubi9From: '11.13.0',
  },
  '12': {
    ubi9From: '12.3.0',
    pythonsSeen: [
      { python: '3.11', from: '12.3.0' },
      { python: '3.12', from: '12.3.0' },
    ],
  },
  '13': { pythonsSeen: [{ python: '3.12', from: '13.7.0' }], notes: ['An in-place upgrade to Airflow 3 needs Runtime 13.7.0 or later.'] },
  '3.0': { airflow: '3.0', notes: ['Remote Execution agent images default to Python 3.12.'] },
  '3.1': { airflow: '3.1', pythonsSeen: [{ python: '3.11', from: '3.1-14' }] },
  '3.2': { airflow: '3.2' },
  '3.3': { airflow: '3.3' },
};

/** The versions that can never be used, even with deprecated versions enabled, as ranges (inclusive). */
export const YANKED: readonly { from: string; to: string }[] = [
  { from: '8.0.0', to: '8.0.0' },
  { from: '9.0.0', to: '9.6.0' },
  { from: '11.0.0', to: '11.1.0' },
];

/** The 2024 yanked list covers the lines up to 11; for later ones the sources say nothing either way. */
export const YANKED_LIST_COVERS_UP_TO_LINE = 11;

/** UBI9 images are published for these Python versions only. */
export const UBI9_PYTHONS: readonly string[] = ['3.11', '3.12'];

/** Variant suffixes exist from these old-format majors; every new-format Runtime is later than both. */
export const PYTHON_VARIANT_FROM_MAJOR = 9;
export const SLIM_VARIANT_FROM_MAJOR = 11;

/** Every Python version a source names for some Runtime: what the composer offers to choose from. */
export const KNOWN_PYTHONS: readonly string[] = ['3.9', '3.10', '3.11', '3.12'];

/** Since Runtime 3.0 each version is maintained two years, then has six months of Basic Support. */
export const MAINTENANCE_MONTHS_V3 = 24;
export const BASIC_SUPPORT_MONTHS_V3 = 6;

export const REGISTRY = {
  airflow2: 'quay.io/astronomer/astro-runtime',
  airflow3: 'astrocrpublic.azurecr.io/runtime',
} as const;
