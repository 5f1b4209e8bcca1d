import { airflowMajor } from '../../features/deployments/domain/airflowVersion';
import type { components } from '../../shared/api/schema.gen';
import { hashString } from '../random';
import type { StoredDeploy, StoredDeployment } from '../model';

export type LogSource = components['schemas']['DeploymentLogEntry']['source'];
export type LogEntry = components['schemas']['DeploymentLogEntry'];
type Level = 'INFO' | 'WARNING' | 'ERROR';

/** What a component is and how often it writes a routine line, on average (seconds). */
interface Component {
  source: LogSource;
  everySeconds: number;
  module: string;
  lines: readonly [Level, string][];
}

const SCHEDULER: Component = {
  source: 'scheduler',
  everySeconds: 20,
  module: 'scheduler_job_runner.py',
  lines: [
    ['INFO', 'Heartbeat recorded; 3 DAG runs active, 0 queued'],
    ['INFO', 'Setting next DAG run of sales_daily to start at the next interval'],
    ['INFO', 'Sending TaskInstanceKey(dag_id=sales_daily, task_id=extract) to the executor with priority 3'],
    ['INFO', 'Marked run sales_daily @ scheduled successful; 12 tasks succeeded'],
    ['INFO', 'Adopting or resetting orphaned tasks for active DAG runs'],
    ['WARNING', 'DAG run dbt_nightly exceeded 80% of its dagrun_timeout'],
    ['ERROR', 'Task load_warehouse of orders_hourly failed: connection reset by peer; up for retry'],
  ],
};

const WORKER: Component = {
  source: 'worker',
  everySeconds: 30,
  module: 'celery_executor.py',
  lines: [
    ['INFO', 'Task extract of sales_daily received; running on the default queue'],
    ['INFO', 'Task extract of sales_daily succeeded in 42.1 s'],
    ['INFO', 'Worker online; concurrency 16, 2 tasks in progress'],
    ['WARNING', 'Task transform of dbt_nightly used 91% of its memory request'],
    ['ERROR', 'Task load_warehouse of orders_hourly raised OperationalError: could not connect to server'],
  ],
};

const TRIGGERER: Component = {
  source: 'triggerer',
  everySeconds: 60,
  module: 'triggerer_job_runner.py',
  lines: [
    ['INFO', '4 triggers currently running'],
    ['INFO', 'Trigger DateTimeTrigger for wait_for_window fired'],
    ['WARNING', 'Trigger S3KeyTrigger for wait_for_file has been running for 55 minutes'],
  ],
};

const WEBSERVER: Component = {
  source: 'webserver',
  everySeconds: 45,
  module: 'app.py',
  lines: [
    ['INFO', 'GET /home 200 in 84 ms'],
    ['INFO', 'GET /api/v1/dags 200 in 41 ms'],
    ['WARNING', 'Slow request: GET /dags/sales_daily/grid took 2.4 s'],
  ],
};

const APISERVER: Component = {
  source: 'apiserver',
  everySeconds: 40,
  module: 'app.py',
  lines: [
    ['INFO', 'GET /api/v2/dags 200 in 37 ms'],
    ['INFO', 'GET /ui/grid/sales_daily 200 in 96 ms'],
    ['INFO', 'POST /execution/task-instances/heartbeat 204 in 6 ms'],
    ['WARNING', 'Slow request: GET /ui/dags took 2.1 s'],
  ],
};

const DAG_PROCESSOR: Component = {
  source: 'dag-processor',
  everySeconds: 30,
  module: 'manager.py',
  lines: [
    ['INFO', 'Parsed 14 files in 3.2 s; 0 import errors'],
    ['INFO', 'Processing dags/sales_daily.py took 0.41 s'],
    ['WARNING', 'dags/legacy_export.py took 31 s to parse, over the 30 s warning threshold'],
    ['ERROR', 'Failed to import dags/broken_feed.py: ModuleNotFoundError: No module named pandas_gbq'],
  ],
};

/** The components that run for a Deployment: Airflow 3 replaces the webserver by the API server. */
export function componentsOf(deployment: Pick<StoredDeployment, 'airflowVersion' | 'executor'>): LogSource[] {
  const airflow3 = airflowMajor(deployment.airflowVersion) >= 3;
  return [
    'scheduler',
    ...(deployment.executor === 'KUBERNETES' ? [] : (['worker'] as const)),
    'triggerer',
    ...(airflow3 ? (['apiserver', 'dag-processor'] as const) : (['webserver'] as const)),
  ];
}

const COMPONENTS: Record<LogSource, Component> = {
  scheduler: SCHEDULER,
  worker: WORKER,
  triggerer: TRIGGERER,
  webserver: WEBSERVER,
  apiserver: APISERVER,
  'dag-processor': DAG_PROCESSOR,
};

function airflowLine(at: number, module: string, level: Level, message: string): string {
  const stamp = new Date(at).toISOString().replace('Z', '+0000');
  return `[${stamp}] {${module}:${100 + (hashString(message) % 800)}} ${level} - ${message}`;
}

export interface LogWorld {
  deployment: StoredDeployment;
  deploys: readonly StoredDeploy[];
  /** Whether the Deployment is hibernating now, and since when (epoch ms) if that is known. */
  hibernatingSince?: number;
  /** Set when the Deployment is unhealthy: what its status reason says. */
  unhealthyReason?: string;
}

/**
 * Every line the Deployment's components wrote in [fromMs, toMs), oldest first. A pure function of the
 * Deployment, its deploys and the window, so a page asked for twice is the same page, and lines keep
 * arriving as the clock moves. Routine lines fall on a jittered grid per component; deploys add image pull and
 * restart lines; an unhealthy Deployment's scheduler misses its heartbeats; a hibernating one writes nothing.
 */
export function logLines(world: LogWorld, sources: readonly LogSource[], fromMs: number, toMs: number): LogEntry[] {
  const { deployment } = world;
  const running = componentsOf(deployment).filter((s) => sources.includes(s));
  const start = Math.max(fromMs, Date.parse(deployment.createdAt));
  const end = world.hibernatingSince === undefined ? toMs : Math.min(toMs, world.hibernatingSince);
  const lines: { at: number; source: LogSource; raw: string }[] = [];
  if (end <= start) return [];

  for (const source of running) {
    const component = COMPONENTS[source];
    const step = component.everySeconds * 1000;
    for (let slot = Math.floor(start / step); slot * step < end; slot++) {
      const h = hashString(`${deployment.id}|${source}|${slot}`);
      const at = slot * step + (h % step);
      if (at < start || at >= end) continue;
      const [level, message] = component.lines[h % component.lines.length]!;
      lines.push({ at, source, raw: airflowLine(at, component.module, level, message) });
    }
  }

  if (world.unhealthyReason !== undefined && sources.includes('scheduler')) {
    // The heartbeat errors of the last half hour: what an unhealthy scheduler says before the platform notices.
    const step = 30_000;
    for (let slot = Math.floor(Math.max(start, end - 30 * 60_000) / step); slot * step < end; slot++) {
      const at = slot * step + 1_000;
      if (at < start || at >= end) continue;
      const message =
        slot % 4 === 0 && world.unhealthyReason
          ? `Scheduler unhealthy: ${world.unhealthyReason}`
          : 'Scheduler heartbeat missed: the last heartbeat was 95 s ago (limit 60 s); tasks are not being scheduled';
      lines.push({ at, source: 'scheduler', raw: airflowLine(at, 'scheduler_job_runner.py', 'ERROR', message) });
    }
  }

  for (const deploy of world.deploys) {
    const at = Date.parse(deploy.createdAt);
    if (at < start || at >= end) continue;
    const image = `${deploy.imageRepository}:${deploy.imageTag}`;
    const steps: [number, Level, string][] =
      deploy.type === 'DAG_ONLY' || !deploy.imageTag
        ? [
            [2_000, 'INFO', `Downloading DAG bundle ${deploy.dagTarballVersion ?? ''} of deploy ${deploy.id}`.replace('  ', ' ')],
            [6_000, 'INFO', 'DAG bundle extracted; re-parsing DAG files'],
          ]
        : [
            [2_000, 'INFO', `Pulling image ${image} for deploy ${deploy.id}`],
            [9_000, 'INFO', `Successfully pulled image ${image}`],
            [12_000, 'WARNING', 'Received SIGTERM: restarting for the new image'],
            [20_000, 'INFO', `Started with image ${image}`],
          ];
    for (const source of running) {
      for (const [offset, level, message] of steps) {
        if (at + offset < end) lines.push({ at: at + offset, source, raw: airflowLine(at + offset, COMPONENTS[source].module, level, message) });
      }
    }
  }

  lines.sort((a, b) => a.at - b.at || a.source.localeCompare(b.source));
  return lines.map((line) => ({ raw: line.raw, source: line.source, timestamp: line.at / 1000 }));
}

/**
 * Whether a line matches a search as the Logs tab's does: every word must appear as a whole word, case aside,
 * and a word ending in `*` matches any word it begins. Nothing fuzzy: a partial word without `*` matches nothing.
 */
export function matchesSearch(raw: string, searchText: string): boolean {
  const terms = searchText.toLowerCase().split(/\s+/).filter(Boolean);
  if (!terms.length) return true;
  const words = raw.toLowerCase().split(/[^a-z0-9_.-]+/);
  return terms.every((term) => (term.endsWith('*') ? words.some((w) => w.startsWith(term.slice(0, -1))) : words.includes(term.replace(/[^a-z0-9_.-]/g, ''))));
}
