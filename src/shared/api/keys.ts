/** Query keys in one place, so mutations invalidate exactly what they change. */
export const keys = {
  organizations: ['organizations'] as const,
  organization: (orgId: string) => ['organizations', orgId] as const,
  workspaces: (orgId: string) => ['organizations', orgId, 'workspaces'] as const,
  workspace: (orgId: string, workspaceId: string) => ['organizations', orgId, 'workspaces', workspaceId] as const,
  deployments: (orgId: string) => ['organizations', orgId, 'deployments'] as const,
  deploymentList: (orgId: string, workspaceId?: string) =>
    ['organizations', orgId, 'deployments', 'list', workspaceId ?? 'all'] as const,
  deployment: (orgId: string, deploymentId: string) => ['organizations', orgId, 'deployments', deploymentId] as const,
  deploys: (orgId: string, deploymentId: string) =>
    ['organizations', orgId, 'deployments', deploymentId, 'deploys'] as const,
  clusters: (orgId: string) => ['organizations', orgId, 'clusters'] as const,
};
