/** Every URL of the console, in one table: the links pages build, and the patterns the router matches. */
export type DeploymentTab = 'overview' | 'details' | 'environment' | 'deploys' | 'remote-agents';
export type RuntimeTab = 'releases' | 'tag-composer' | 'fleet';

const seg = encodeURIComponent;

export const paths = {
  home: () => '/',
  settings: (returnTo?: string) => (returnTo ? `/settings?returnTo=${seg(returnTo)}` : '/settings'),
  workspaces: (orgId: string) => `/organizations/${seg(orgId)}/workspaces`,
  runtimeReleases: (orgId: string, tab: RuntimeTab = 'releases', search = '') =>
    `/organizations/${seg(orgId)}/runtime-releases${tab === 'releases' ? '' : `/${tab}`}${search ? `?${search}` : ''}`,
  deployments: (orgId: string, workspaceId: string, search = '') =>
    `/organizations/${seg(orgId)}/workspaces/${seg(workspaceId)}/deployments${search ? `?${search}` : ''}`,
  createDeployment: (orgId: string, workspaceId: string) => `/organizations/${seg(orgId)}/workspaces/${seg(workspaceId)}/deployments/new`,
  deployment: (orgId: string, workspaceId: string, deploymentId: string, tab: DeploymentTab = 'overview') =>
    `/organizations/${seg(orgId)}/workspaces/${seg(workspaceId)}/deployments/${seg(deploymentId)}/${tab}`,
};

const DEPLOYMENTS = '/organizations/:organizationId/workspaces/:workspaceId/deployments';

/** The route patterns, one per kind of URL above (the router matches these; a link never builds from them). */
export const patterns = {
  settings: '/settings',
  organization: '/organizations/:organizationId',
  workspaces: '/organizations/:organizationId/workspaces',
  runtimeReleases: '/organizations/:organizationId/runtime-releases/:tab?',
  workspace: '/organizations/:organizationId/workspaces/:workspaceId',
  deployments: DEPLOYMENTS,
  createDeployment: `${DEPLOYMENTS}/new`,
  deployment: `${DEPLOYMENTS}/:deploymentId/:tab?`,
} as const;
