/**
 * Rules for environment variable keys and values, and the variables Astro reserves.
 * Sources: Astro's platform-variables and runtime-image-architecture pages (see docs/astro-ui.md §4).
 */

import { ENV_KEY_PATTERN, MAX_KEY_LENGTH, MAX_VALUE_LENGTH } from '../../../shared/lib/envVarLimits';

export { ENV_KEY_PATTERN };

export type ReservedKind = 'override' | 'unsafe' | 'default';

export interface ReservedVariable {
  kind: ReservedKind;
  /** What Astro sets, where it is documented. */
  astroValue?: string;
  note: string;
}

const OVERRIDE_NOTE = 'Astro always sets this itself; a value here has no effect.';
const UNSAFE_NOTE = 'Astro sets this for the platform to work; changing it can break logging, metrics or the web UI.';

const override = (astroValue?: string): ReservedVariable => ({ kind: 'override', note: OVERRIDE_NOTE, ...(astroValue ? { astroValue } : {}) });
const unsafe = (astroValue?: string, note = UNSAFE_NOTE): ReservedVariable => ({ kind: 'unsafe', note, ...(astroValue ? { astroValue } : {}) });
const changedDefault = (astroValue: string): ReservedVariable => ({
  kind: 'default',
  astroValue,
  note: `Astro Runtime changes Airflow's default to ${astroValue}; you may override it.`,
});

/** Variables Astro overrides (blocked), sets for itself (warned) or gives another default (shown). */
const RESERVED_VARIABLES: Readonly<Record<string, ReservedVariable>> = {
  AIRFLOW__CORE__SQL_ALCHEMY_CONN: override(),
  AIRFLOW_CONN_AIRFLOW_DB: override(),
  AIRFLOW__CORE__FERNET_KEY: override(),
  AIRFLOW__CORE__EXECUTOR: override(),
  AIRFLOW_HOME: override('/usr/local/airflow'),
  AIRFLOW__CORE__HOSTNAME_CALLABLE: override(),
  AIRFLOW__KUBERNETES__NAMESPACE: override(),
  AIRFLOW__CELERY__WORKER_CONCURRENCY: override('the worker queue’s concurrency'),
  AIRFLOW__LOGGING__REMOTE_LOGGING: override(),
  AIRFLOW__LOGGING__REMOTE_BASE_LOG_FOLDER: override(),
  AIRFLOW__LOGGING__REMOTE_LOG_CONN_ID: override(),
  AIRFLOW_CONN_ASTRO_S3_LOGGING: override(),
  AIRFLOW__WEBSERVER__BASE_URL: override(),
  INSTANCE_TYPE: override(),
  AIRFLOW__CELERY_BROKER_TRANSPORT_OPTIONS__SOCKET_TIMEOUT: unsafe('30'),
  AIRFLOW__CELERY_BROKER_TRANSPORT_OPTIONS__SOCKET_CONNECT_TIMEOUT: unsafe('5'),
  AIRFLOW__CELERY_BROKER_TRANSPORT_OPTIONS__SOCKET_KEEPALIVE: unsafe('True'),
  AIRFLOW__CELERY_BROKER_TRANSPORT_OPTIONS__RETRY_ON_TIMEOUT: unsafe('True'),
  AIRFLOW__LOGGING__LOGGING_CONFIG_CLASS: unsafe('astronomer.runtime.logging.logging_config'),
  AIRFLOW__LOGGING__DAG_PROCESSOR_LOG_TARGET: unsafe('stdout'),
  AIRFLOW__LOGGING__ENCRYPT_S3_LOGS: unsafe(),
  AWS_SECRET_ACCESS_KEY: unsafe(undefined, 'Astro uses this for task logs; your own AWS credentials belong in an Airflow connection.'),
  AWS_DEFAULT_REGION: unsafe(undefined, 'Astro uses this for task logs; changing it can break log upload.'),
  AIRFLOW__WEBSERVER__UPDATE_FAB_PERMS: unsafe(),
  AIRFLOW__WEBSERVER__ENABLE_PROXY_FIX: unsafe(),
  AIRFLOW__WEBSERVER__COOKIE_SECURE: unsafe(),
  AIRFLOW__WEBSERVER__INSTANCE_NAME: unsafe(),
  AIRFLOW__WEBSERVER__EXPOSE_CONFIG: unsafe('NON-SENSITIVE-ONLY'),
  AIRFLOW__WEBSERVER__NAVBAR_COLOR: unsafe(),
  AIRFLOW__SCHEDULER__STATSD_ON: unsafe(),
  AIRFLOW__SCHEDULER__STATSD_HOST: unsafe(),
  AIRFLOW__SCHEDULER__STATSD_PORT: unsafe(),
  AIRFLOW__METRICS__STATSD_ON: unsafe(),
  AIRFLOW__METRICS__STATSD_HOST: unsafe(),
  AIRFLOW__METRICS__STATSD_PORT: unsafe(),
  AIRFLOW__METRICS__STATSD_PREFIX: unsafe('airflow'),
  OPENLINEAGE_URL: unsafe(undefined, 'Astro points lineage at itself; changing it sends lineage elsewhere.'),
  OPENLINEAGE_API_KEY: unsafe(undefined, 'Astro sets the lineage API key; changing it breaks lineage and Astro Alerts.'),
  AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE: unsafe(undefined, 'False stops scheduling and raises the Job Scheduling Disabled incident.'),
  AIRFLOW__SCHEDULER__DAG_DIR_LIST_INTERVAL: changedDefault('30'),
  AIRFLOW__CELERY__STALLED_TASK_TIMEOUT: changedDefault('600'),
  AIRFLOW__CORE__PARALLELISM: changedDefault('running workers across all queues × max tasks per worker'),
  AIRFLOW__SCHEDULER__MAX_TIS_PER_QUERY: changedDefault('512'),
  AIRFLOW__KUBERNETES_EXECUTOR__WORKER_PODS_CREATION_BATCH_SIZE: changedDefault('16'),
};

/** Prefixes of the variables Astro sets for its own platform code (Deployment id, environment, lineage, logging). */
const RESERVED_PREFIXES = ['ASTRONOMER_', 'ASTRO_'] as const;
const PREFIX_NOTE = 'Astro sets ASTRONOMER_* and ASTRO_* variables for the platform; setting one can break it.';

/** How Astro treats `key`: by name, then by prefix. */
export function reservedVariable(key: string): ReservedVariable | undefined {
  if (Object.hasOwn(RESERVED_VARIABLES, key)) return RESERVED_VARIABLES[key];
  return RESERVED_PREFIXES.some((p) => key.startsWith(p)) ? unsafe(undefined, PREFIX_NOTE) : undefined;
}

export type Severity = 'error' | 'warning' | 'info';

export interface EnvProblem {
  field: 'key' | 'value' | 'isSecret';
  severity: Severity;
  message: string;
}

export interface EnvRowFacts {
  key: string;
  isSecret: boolean;
  value?: string;
  /** The key is stored on the server (so it may not be renamed, and override warnings are softer). */
  saved: boolean;
  /** It is stored as a secret. */
  savedSecret: boolean;
  /** Other keys in the list, for the duplicate check. */
  otherKeys: ReadonlySet<string>;
}

/** Everything wrong (errors block saving) or worth knowing about one row, at its field. */
export function envRowProblems(row: EnvRowFacts): EnvProblem[] {
  const problems: EnvProblem[] = [];
  const { key } = row;
  if (!key) problems.push({ field: 'key', severity: 'error', message: 'Key is required.' });
  else if (key.length > MAX_KEY_LENGTH) problems.push({ field: 'key', severity: 'error', message: `Keep the key to ${MAX_KEY_LENGTH} characters or fewer.` });
  else if (!ENV_KEY_PATTERN.test(key)) {
    problems.push({ field: 'key', severity: 'error', message: 'Use letters, digits and underscores, not starting with a digit.' });
  } else if (row.otherKeys.has(key)) problems.push({ field: 'key', severity: 'error', message: `${key} is already in the list.` });
  else if (key !== key.toUpperCase()) problems.push({ field: 'key', severity: 'warning', message: 'Environment variable keys are usually upper case.' });
  const reserved = reservedVariable(key);
  if (reserved) {
    const astro = reserved.astroValue ? ` Astro’s value: ${reserved.astroValue}.` : '';
    const blocked = reserved.kind === 'override' && !row.saved;
    problems.push({
      field: 'key',
      severity: blocked ? 'error' : reserved.kind === 'default' ? 'info' : 'warning',
      message: blocked ? `${reserved.note} It cannot be added.` : `${reserved.note}${reserved.kind === 'default' ? '' : astro}`,
    });
  }
  if (row.savedSecret && !row.isSecret) {
    problems.push({ field: 'isSecret', severity: 'error', message: 'A secret cannot be made plain again; delete it and apply, then add it anew.' });
  }
  if (row.value === undefined && !(row.isSecret && row.savedSecret)) {
    problems.push({ field: 'value', severity: 'error', message: row.isSecret ? 'A new secret needs a value.' : 'Value is required.' });
  } else if (row.value === '') {
    problems.push({ field: 'value', severity: 'error', message: row.isSecret ? 'A secret cannot be empty.' : 'Value is required.' });
  } else if (row.value !== undefined && row.value.length > MAX_VALUE_LENGTH) {
    problems.push({ field: 'value', severity: 'error', message: `Keep the value to ${MAX_VALUE_LENGTH.toLocaleString('en')} characters or fewer.` });
  }
  return problems;
}

export const LINEAGE_KEY = 'OPENLINEAGE_DISABLED';

/** Lineage (and with it Astro Alerts) is on unless OPENLINEAGE_DISABLED is true. */
export function isLineageEnabled(vars: ReadonlyArray<{ key: string; value?: string }>): boolean {
  const v = vars.find((x) => x.key === LINEAGE_KEY)?.value;
  return !(v && v.trim().toLowerCase() === 'true');
}

/** The OpenLineage setup wants `False` to send lineage and `True` to stop. */
export function lineageValue(enabled: boolean): string {
  return enabled ? 'False' : 'True';
}
