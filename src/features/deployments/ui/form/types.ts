import type { DeploymentRulesOptions } from '../../domain/deploymentRules';

/** The deployment-options the form shows; the API's DeploymentOptions fits as is. */
export interface FormOptions extends DeploymentRulesOptions {
  runtimeReleases: ReadonlyArray<{ version: string; airflowVersion: string; channel: string }>;
  schedulerMachines: ReadonlyArray<{ name: string; spec: { cpu: string; memory: string } }>;
  workerMachines: ReadonlyArray<{ name: string; spec: { cpu: string; memory: string }; concurrency: { floor: number; ceiling: number; default: number } }>;
}

/** Clusters of the Organization a Dedicated or Hybrid Deployment can run on. */
export interface FormCluster {
  id: string;
  name: string;
  type: string;
  cloudProvider: string;
  region: string;
  nodePools?: ReadonlyArray<{ id: string; name: string; nodeInstanceType: string; isDefault: boolean }>;
}
