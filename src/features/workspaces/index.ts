// Workspaces: the list with create, edit and delete. Their queries are in api.ts.
export { WorkspacesView, type DeploymentCounts } from './ui/WorkspacesView';
