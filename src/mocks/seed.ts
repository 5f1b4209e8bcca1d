import {
  DEMO_USER,
  buildAgentToken,
  buildCluster,
  buildDeployment,
  buildOrganization,
  buildRemoteAgent,
  buildSelfUser,
  buildWorkerQueue,
  buildWorkspace,
  iso,
  type BuildContext,
} from './factories';
import { CREATE_MS } from './lifecycle';
import { stableCuid } from './random';
import { buildDeploymentOptions } from './deployments/seedOptions';
import { seedHistory, type HistoryPlan } from './deploys/seedHistory';
import type { DbState, StoredDeploy, StoredDeployment, StoredEnvVar } from './model';

export const SEED_RANDOM = 20261122;

/** Seed ids depend only on names, so tests and links can rely on them. */
export const SEED_IDS = {
  organization: stableCuid('organization:acme-data'),
  workspaces: {
    dataPlatform: stableCuid('workspace:data-platform'),
    analytics: stableCuid('workspace:analytics'),
    mlEngineering: stableCuid('workspace:ml-engineering'),
    sandbox: stableCuid('workspace:sandbox'),
  },
  clusters: {
    awsDedicated: stableCuid('cluster:acme-aws-prod'),
    gcpDedicated: stableCuid('cluster:acme-gcp-analytics'),
    azureHybrid: stableCuid('cluster:acme-azure-hybrid'),
  },
  deployments: {
    salesEtlProd: stableCuid('deployment:sales-etl-prod'),
    salesEtlStaging: stableCuid('deployment:sales-etl-staging'),
    ingestStripe: stableCuid('deployment:ingest-stripe'),
    dbtTransform: stableCuid('deployment:dbt-transform-prod'),
    dataQuality: stableCuid('deployment:data-quality-checks'),
    legacyReporting: stableCuid('deployment:legacy-reporting'),
    edgeOrchestrator: stableCuid('deployment:edge-orchestrator-prod'),
    marketingAttribution: stableCuid('deployment:marketing-attribution'),
    customer360: stableCuid('deployment:customer-360'),
    analyticsDev: stableCuid('deployment:analytics-sandbox-dev'),
    financeReporting: stableCuid('deployment:finance-reporting'),
    clickstreamHybrid: stableCuid('deployment:clickstream-hybrid'),
    mlFeatureStore: stableCuid('deployment:ml-feature-store'),
    churnModelDev: stableCuid('deployment:churn-model-dev'),
    mlInferenceEdge: stableCuid('deployment:ml-inference-edge'),
  },
} as const;

/** The seeded CREATING Deployment finishes two minutes after the seed is made, so a visitor sees it. */
export const SEED_CREATING_MS = 120_000;

export interface Seed {
  state: DbState;
  /** deploymentId -> key -> value of each seeded secret; kept out of `state`. */
  secrets: Record<string, Record<string, string>>;
}

type EnvSpec = [key: string, value: string, secret?: 'secret'];

interface DeploymentSpec {
  overrides: Partial<StoredDeployment> & { id: string; name: string; workspaceId: string };
  env?: EnvSpec[];
  history?: HistoryPlan;
}

const W = SEED_IDS.workspaces;
const C = SEED_IDS.clusters;
const D = SEED_IDS.deployments;

const WEEKNIGHTS = { hibernateAtCron: '0 19 * * 1-5', wakeAtCron: '0 7 * * 1-5', isEnabled: true, description: 'Sleep outside office hours' };
const WEEKENDS = { hibernateAtCron: '0 19 * * 5', wakeAtCron: '0 7 * * 1', isEnabled: true, description: 'Sleep over the weekend' };

const COMMON_ENV: EnvSpec[] = [
  ['AIRFLOW__CORE__DEFAULT_TIMEZONE', 'UTC'],
  ['LOG_LEVEL', 'INFO'],
];

function specs(): DeploymentSpec[] {
  return [
    {
      overrides: {
        id: D.salesEtlProd,
        name: 'sales-etl-prod',
        workspaceId: W.dataPlatform,
        description: 'Nightly sales pipelines from Stripe and Salesforce into Snowflake.',
        cloudProvider: 'AWS',
        region: 'us-east-1',
        executor: 'CELERY',
        schedulerSize: 'MEDIUM',
        isHighAvailability: true,
        schedulerReplicas: 2,
        isCicdEnforced: true,
        contactEmails: ['data-oncall@acme-data.example', 'ada@acme-data.example'],
        statusReason: 'Successfully Deployed',
      },
      env: [
        ...COMMON_ENV,
        ['SNOWFLAKE_ACCOUNT', 'acme-xy12345'],
        ['SNOWFLAKE_WAREHOUSE', 'TRANSFORMING'],
        ['SNOWFLAKE_PASSWORD', 'sn0w-Pr0d-2026!', 'secret'],
        ['STRIPE_API_KEY', 'sk_live_51Acme00000000000000', 'secret'],
      ],
      history: { count: 12, runtimes: ['12.1.1', '12.4.0'], withRollback: true, git: true },
    },
    {
      overrides: {
        id: D.salesEtlStaging,
        name: 'sales-etl-staging',
        workspaceId: W.dataPlatform,
        description: 'Staging copy of sales-etl; deploys land here first.',
        cloudProvider: 'AWS',
        region: 'us-east-1',
        executor: 'CELERY',
        status: 'HEALTHY',
        transition: { status: 'DEPLOYING' },
      },
      env: [...COMMON_ENV, ['SNOWFLAKE_ACCOUNT', 'acme-xy12345'], ['SNOWFLAKE_PASSWORD', 'sn0w-St4ge-2026!', 'secret']],
      history: { count: 8, runtimes: ['12.4.0'], pendingLast: true, git: true },
    },
    {
      overrides: {
        id: D.ingestStripe,
        name: 'ingest-stripe',
        workspaceId: W.dataPlatform,
        type: 'DEDICATED',
        clusterId: C.awsDedicated,
        executor: 'KUBERNETES',
        astroRuntimeVersion: '11.18.0',
        description: 'Pulls Stripe events every 15 minutes.',
      },
      env: [
        ['STRIPE_API_KEY', 'sk_live_51AcmeIngest000000', 'secret'],
        ['STRIPE_EVENTS_BUCKET', 's3://acme-raw/stripe/'],
      ],
      history: { count: 6, runtimes: ['11.18.0'] },
    },
    {
      overrides: {
        id: D.dbtTransform,
        name: 'dbt-transform-prod',
        workspaceId: W.dataPlatform,
        astroRuntimeVersion: '3.1-2',
        executor: 'ASTRO',
        cloudProvider: 'AWS',
        region: 'us-east-1',
        schedulerSize: 'LARGE',
        description: 'dbt models run with Cosmos on Airflow 3.',
      },
      env: [...COMMON_ENV, ['DBT_PROFILES_DIR', '/usr/local/airflow/dbt'], ['DBT_SNOWFLAKE_PASSWORD', 'dbt-Pr0d-2026', 'secret']],
      history: { count: 9, runtimes: ['3.0-7', '3.1-1', '3.1-2'], git: true },
    },
    {
      overrides: {
        id: D.dataQuality,
        name: 'data-quality-checks',
        workspaceId: W.dataPlatform,
        astroRuntimeVersion: '10.9.0',
        executor: 'CELERY',
        status: 'UNHEALTHY',
        statusReason: 'Scheduler restarting: OOMKilled (exit code 137) 3 times in the last 10 minutes',
      },
      env: [...COMMON_ENV, ['GREAT_EXPECTATIONS_HOME', '/usr/local/airflow/include/gx']],
      history: { count: 5, runtimes: ['10.9.0'] },
    },
    {
      overrides: {
        id: D.legacyReporting,
        name: 'legacy-reporting',
        workspaceId: W.dataPlatform,
        astroRuntimeVersion: '9.22.0',
        executor: 'CELERY',
        status: 'UNKNOWN',
        statusReason: 'No health report from the Deployment for 15 minutes',
      },
      history: { count: 7, runtimes: ['9.22.0'] },
    },
    {
      overrides: {
        id: D.edgeOrchestrator,
        name: 'edge-orchestrator-prod',
        workspaceId: W.dataPlatform,
        type: 'DEDICATED',
        clusterId: C.awsDedicated,
        astroRuntimeVersion: '3.1-2',
        executor: 'ASTRO',
        description: 'Orchestrates tasks that run in the on-prem EKS cluster through remote agents.',
        remoteExecution: {
          enabled: true,
          allowedIpAddressRanges: ['203.0.113.0/24', '198.51.100.16/28'],
          remoteApiUrl: `https://${C.awsDedicated}.external.astronomer.run/${D.edgeOrchestrator.slice(-8)}/execution`,
          taskLogBucket: 's3://acme-airflow-task-logs/edge',
          taskLogUrlPattern: 's3://acme-airflow-task-logs/edge/{dag_id}/{run_id}/{task_id}/{try_number}.log',
        },
      },
      env: [['AIRFLOW__CORE__DEFAULT_TIMEZONE', 'UTC']],
      history: { count: 6, runtimes: ['3.1-1', '3.1-2'], git: true },
    },
    {
      overrides: {
        id: D.marketingAttribution,
        name: 'marketing-attribution',
        workspaceId: W.analytics,
        astroRuntimeVersion: '12.1.1',
        executor: 'CELERY',
        cloudProvider: 'GCP',
        region: 'us-central1',
        description: 'Multi-touch attribution models for paid campaigns.',
      },
      env: [...COMMON_ENV, ['GOOGLE_ADS_CUSTOMER_ID', '123-456-7890'], ['GOOGLE_ADS_DEVELOPER_TOKEN', 'gads-dev-token-0001', 'secret']],
      history: { count: 10, runtimes: ['11.18.0', '12.1.1'], withRollback: true },
    },
    {
      overrides: {
        id: D.customer360,
        name: 'customer-360',
        workspaceId: W.analytics,
        type: 'DEDICATED',
        clusterId: C.gcpDedicated,
        astroRuntimeVersion: '3.0-7',
        executor: 'ASTRO',
        schedulerSize: 'MEDIUM',
      },
      env: [...COMMON_ENV, ['BQ_PROJECT', 'acme-analytics-prod']],
      history: { count: 8, runtimes: ['3.0-1', '3.0-7'], git: true },
    },
    {
      overrides: {
        id: D.analyticsDev,
        name: 'analytics-sandbox-dev',
        workspaceId: W.analytics,
        isDevelopmentMode: true,
        executor: 'CELERY',
        cloudProvider: 'GCP',
        region: 'us-central1',
        scalingSpec: { hibernationSpec: { schedules: [WEEKNIGHTS, WEEKENDS], override: { isActive: true, isHibernating: true } } },
        description: 'Where analysts try DAGs before review.',
      },
      env: [...COMMON_ENV],
      history: { count: 5 },
    },
    {
      overrides: {
        id: D.financeReporting,
        name: 'finance-reporting',
        workspaceId: W.analytics,
        cloudProvider: 'AZURE',
        region: 'westeurope',
        executor: 'CELERY',
        imageTag: '',
        description: 'Month-end close reports for Finance.',
      },
      env: [['ERP_BASE_URL', 'https://erp.acme-data.example/api']],
    },
    {
      overrides: {
        id: D.clickstreamHybrid,
        name: 'clickstream-hybrid',
        workspaceId: W.analytics,
        type: 'HYBRID',
        clusterId: C.azureHybrid,
        // Yanked (11.0.0 to 11.1.0 can never be used), and not offered: the Runtime pages must say so.
        astroRuntimeVersion: '11.0.0',
        executor: 'CELERY',
        schedulerAu: 10,
        schedulerReplicas: 2,
        description: 'Clickstream sessionisation in our own Azure subscription.',
      },
      env: [
        ...COMMON_ENV,
        ['EVENTHUB_NAMESPACE', 'acme-clickstream'],
        ['EVENTHUB_CONNECTION_STRING', 'Endpoint=sb://acme-clickstream.servicebus.windows.net/;SharedAccessKey=xyz', 'secret'],
      ],
      history: { count: 7, runtimes: ['11.0.0'] },
    },
    {
      overrides: {
        id: D.mlFeatureStore,
        name: 'ml-feature-store',
        workspaceId: W.mlEngineering,
        executor: 'KUBERNETES',
        cloudProvider: 'AWS',
        region: 'us-west-2',
        schedulerSize: 'MEDIUM',
        defaultTaskPodCpu: '2',
        defaultTaskPodMemory: '4Gi',
        resourceQuotaCpu: '40',
        resourceQuotaMemory: '80Gi',
        description: 'Feature pipelines feeding the Feast online store.',
      },
      env: [...COMMON_ENV, ['FEAST_REPO_PATH', '/usr/local/airflow/include/feature_repo'], ['REDIS_PASSWORD', 'r3dis-F3ast', 'secret']],
      history: { count: 11, runtimes: ['12.1.1', '12.4.0'], git: true },
    },
    {
      overrides: {
        id: D.churnModelDev,
        name: 'churn-model-dev',
        workspaceId: W.mlEngineering,
        isDevelopmentMode: true,
        astroRuntimeVersion: '3.1-2',
        executor: 'ASTRO',
        cloudProvider: 'AWS',
        region: 'us-west-2',
        scalingSpec: { hibernationSpec: { schedules: [WEEKNIGHTS] } },
        description: 'Experiments for the churn model.',
      },
      env: [...COMMON_ENV, ['MLFLOW_TRACKING_URI', 'https://mlflow.acme-data.example']],
      history: { count: 5, runtimes: ['3.1-2'] },
    },
    {
      overrides: {
        id: D.mlInferenceEdge,
        name: 'ml-inference-edge',
        workspaceId: W.mlEngineering,
        type: 'DEDICATED',
        clusterId: C.awsDedicated,
        astroRuntimeVersion: '3.1-2',
        executor: 'ASTRO',
        remoteExecution: {
          enabled: true,
          allowedIpAddressRanges: [],
          remoteApiUrl: `https://${C.awsDedicated}.external.astronomer.run/${D.mlInferenceEdge.slice(-8)}/execution`,
        },
        description: 'GPU inference on our own nodes; agents not installed yet.',
      },
      history: { count: 5, runtimes: ['3.1-2'] },
    },
  ];
}

export function buildSeed(ctx: BuildContext): Seed {
  const now = ctx.now();
  const organizationId = SEED_IDS.organization;
  const organization = buildOrganization({ id: organizationId, name: 'Acme Data', createdAt: '2024-03-04T09:12:44Z', updatedAt: '2026-06-30T14:02:11Z' }, ctx);
  const workspaces = [
    buildWorkspace(
      {
        id: W.dataPlatform,
        organizationId,
        name: 'Data Platform',
        description: 'Core ingestion and transformation pipelines.',
        cicdEnforcedDefault: true,
        defaultCloudProvider: 'AWS',
        defaultRegion: 'us-east-1',
        createdAt: '2024-03-04T09:20:00Z',
        updatedAt: '2026-02-10T11:00:00Z',
      },
      ctx,
    ),
    buildWorkspace(
      {
        id: W.analytics,
        organizationId,
        name: 'Analytics',
        description: 'BI extracts, attribution and reporting.',
        createdAt: '2024-05-14T13:05:00Z',
        updatedAt: '2025-12-01T08:30:00Z',
      },
      ctx,
    ),
    buildWorkspace(
      {
        id: W.mlEngineering,
        organizationId,
        name: 'ML Engineering',
        description: 'Feature pipelines and model training.',
        defaultClusterId: C.awsDedicated,
        createdAt: '2025-01-20T16:45:00Z',
        updatedAt: '2026-09-03T10:15:00Z',
      },
      ctx,
    ),
    buildWorkspace(
      {
        id: W.sandbox,
        organizationId,
        name: 'Sandbox',
        description: 'Empty on purpose: try things here.',
        createdAt: '2026-10-01T08:00:00Z',
        updatedAt: '2026-10-01T08:00:00Z',
      },
      ctx,
    ),
  ].map((w) => ({ ...w, organizationName: organization.name }));
  const clusters = [
    buildCluster(
      {
        id: C.awsDedicated,
        organizationId,
        name: 'acme-aws-prod',
        cloudProvider: 'AWS',
        type: 'DEDICATED',
        region: 'us-east-1',
        workspaceIds: [W.dataPlatform, W.mlEngineering],
        metadata: { externalIPs: ['34.201.12.7', '52.4.88.190'], oidcIssuerUrl: 'https://oidc.eks.us-east-1.amazonaws.com/id/ACME0001' },
        createdAt: '2024-03-05T10:00:00Z',
        updatedAt: '2026-08-12T09:00:00Z',
      },
      ctx,
    ),
    buildCluster(
      {
        id: C.gcpDedicated,
        organizationId,
        name: 'acme-gcp-analytics',
        cloudProvider: 'GCP',
        type: 'DEDICATED',
        region: 'us-central1',
        podSubnetRange: '172.21.0.0/19',
        serviceSubnetRange: '172.22.0.0/22',
        servicePeeringRange: '172.23.0.0/20',
        workspaceIds: [W.analytics],
        createdAt: '2024-06-01T10:00:00Z',
        updatedAt: '2026-04-02T09:00:00Z',
      },
      ctx,
    ),
    buildCluster(
      {
        id: C.azureHybrid,
        organizationId,
        name: 'acme-azure-hybrid',
        cloudProvider: 'AZURE',
        type: 'HYBRID',
        region: 'westeurope',
        tenantId: '8c0f3b1e-2d4a-4f6e-9a1b-3c5d7e9f0a12',
        providerAccount: 'acme-azure-subscription',
        workspaceIds: [W.analytics],
        createdAt: '2024-09-09T10:00:00Z',
        updatedAt: '2026-07-21T09:00:00Z',
      },
      ctx,
    ),
  ];
  const deployments: StoredDeployment[] = [];
  const deploys: Record<string, StoredDeploy[]> = {};
  const secrets: Seed['secrets'] = {};
  const createdAt = (i: number) => iso(new Date(Date.parse('2025-02-01T09:00:00Z') + i * 17 * 86_400_000));
  specs().forEach((spec, i) => {
    const cluster = clusters.find((c) => c.id === spec.overrides.clusterId);
    const d = buildDeployment(
      {
        organizationId,
        createdAt: createdAt(i),
        updatedAt: iso(new Date(now.getTime() - (i + 1) * 5_400_000)),
        statusReason: 'Successfully Deployed',
        ...(cluster ? { clusterName: cluster.name, cloudProvider: cluster.cloudProvider, region: cluster.region } : {}),
        ...spec.overrides,
      },
      ctx,
    );
    if (d.type === 'HYBRID') {
      delete d.isHighAvailability;
      delete d.isDevelopmentMode;
      const pool = cluster?.nodePools?.[0];
      d.workerQueues = [{ ...buildWorkerQueue({ name: 'default' }, ctx), nodePoolId: pool!.id, podCpu: '1', podMemory: '2Gi' }];
      delete d.workerQueues[0]!.astroMachine;
      delete d.workerQueues[0]!.podEphemeralStorage;
    }
    if (d.id === D.salesEtlProd) {
      d.workerQueues = [
        buildWorkerQueue({ name: 'default', astroMachine: 'A10', minWorkerCount: 2, maxWorkerCount: 10, workerConcurrency: 10 }, ctx),
        buildWorkerQueue({ name: 'high-memory', astroMachine: 'A40', minWorkerCount: 0, maxWorkerCount: 4, workerConcurrency: 20 }, ctx),
      ];
    }
    d.environmentVariables = (spec.env ?? []).map(([key, value, secret]): StoredEnvVar => {
      const updatedAt = d.createdAt;
      if (!secret) return { key, value, isSecret: false, updatedAt };
      (secrets[d.id] ??= {})[key] = value;
      return { key, isSecret: true, hasSecretValue: true, updatedAt };
    });
    deploys[d.id] = spec.history ? seedHistory(d, spec.history, ctx) : [];
    deployments.push(d);
  });
  const creating = deployments.find((d) => d.id === D.financeReporting)!;
  creating.createdAt = creating.updatedAt = iso(new Date(now.getTime() - (CREATE_MS - 5_000)));
  creating.transition = { status: 'CREATING', until: new Date(now.getTime() + SEED_CREATING_MS).toISOString() };
  delete creating.statusReason;
  delete creating.dagTarballVersion;
  delete creating.desiredDagTarballVersion;
  delete creating.imageVersion;
  deployments.find((d) => d.id === D.salesEtlStaging)!.statusReason = undefined;
  for (const d of deployments) if (d.statusReason === undefined) delete d.statusReason;
  return {
    state: {
      version: 1,
      organizations: [organization],
      self: buildSelfUser({ organizationId, createdAt: '2024-03-04T09:12:44Z', updatedAt: '2026-11-01T08:00:00Z' }, ctx),
      workspaces,
      deployments,
      deploys,
      clusters,
      deploymentOptions: buildDeploymentOptions(),
      agentTokens: seedAgentTokens(ctx),
      remoteAgents: seedRemoteAgents(ctx),
      faults: { latencyMs: 0, errorRate: 0 },
      idCounter: 0,
      randomState: ctx.random.state(),
    },
    secrets,
  };
}

function seedAgentTokens(ctx: BuildContext) {
  const now = ctx.now().getTime();
  const day = 86_400_000;
  const at = (daysAgo: number) => iso(new Date(now - daysAgo * day));
  const deploymentId = D.edgeOrchestrator;
  return [
    buildAgentToken(
      {
        deploymentId,
        id: stableCuid('token:eks-prod-agents'),
        name: 'eks-prod-agents',
        description: 'Agents in the on-prem EKS cluster',
        expiryPeriodInDays: 365,
        startAt: at(40),
        createdAt: at(40),
        updatedAt: at(40),
        endAt: at(40 - 365),
        lastUsedAt: at(0),
      },
      ctx,
    ),
    buildAgentToken(
      {
        deploymentId,
        id: stableCuid('token:eks-staging-agents'),
        name: 'eks-staging-agents',
        description: '',
        expiryPeriodInDays: 90,
        startAt: at(20),
        createdAt: at(20),
        updatedAt: at(20),
        endAt: at(20 - 90),
        lastUsedAt: at(2),
      },
      ctx,
    ),
    buildAgentToken(
      {
        deploymentId,
        id: stableCuid('token:laptop-test'),
        name: 'laptop-test',
        description: 'Expired token from the first trial',
        expiryPeriodInDays: 7,
        startAt: at(60),
        createdAt: at(60),
        updatedAt: at(60),
        endAt: at(53),
        createdBy: DEMO_USER,
      },
      ctx,
    ),
  ];
}

function seedRemoteAgents(ctx: BuildContext) {
  const now = ctx.now().getTime();
  const deploymentId = D.edgeOrchestrator;
  const since = (minutes: number) => iso(new Date(now - minutes * 60_000));
  return [
    buildRemoteAgent({ deploymentId, component: 'WORKER', queues: ['default'], createdAt: since(3 * 24 * 60) }, ctx),
    buildRemoteAgent({ deploymentId, component: 'WORKER', queues: ['default', 'gpu'], createdAt: since(2 * 24 * 60) }, ctx),
    buildRemoteAgent({ deploymentId, component: 'WORKER', queues: ['gpu'], createdAt: since(26 * 60), isCordoned: true }, ctx),
    buildRemoteAgent(
      {
        deploymentId,
        component: 'WORKER',
        queues: ['default'],
        createdAt: since(5 * 24 * 60),
        health: 'UNHEALTHY',
        healthReason: 'No heartbeat for 12 minutes',
        lastHeartbeatAt: since(12),
      },
      ctx,
    ),
    buildRemoteAgent({ deploymentId, component: 'TRIGGERER', createdAt: since(3 * 24 * 60) }, ctx),
    buildRemoteAgent({ deploymentId, component: 'DAG_PROCESSOR', createdAt: since(3 * 24 * 60) }, ctx),
  ];
}
