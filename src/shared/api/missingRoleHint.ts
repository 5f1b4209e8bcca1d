/**
 * Which role a 403 most likely lacked, from the failed call's `METHOD /path/{template}`.
 * The API's 403 body does not say; this follows Astro's role reference (astro-ui.md §7).
 */
export function missingRoleHint(operation: string): string {
  const [method = 'GET', path = ''] = operation.split(' ');
  const reads = method === 'GET';
  if (path.includes('/agent-tokens') || path.includes('/remote-agents')) {
    return reads
      ? 'Viewing remote agents needs the Workspace Member role or higher.'
      : 'Managing remote agents needs the Workspace Operator role or Deployment Admin.';
  }
  if (path.includes('/deploys')) {
    return reads
      ? 'Reading deploys needs the Workspace Member role or higher.'
      : 'Deploying or rolling back needs the Workspace Author role or higher.';
  }
  if (path.includes('/deployments')) {
    return reads
      ? 'Viewing Deployments needs the Workspace Member role or higher.'
      : 'Changing Deployments needs the Workspace Operator role or Deployment Admin.';
  }
  if (path.includes('/workspaces')) {
    if (reads && path.endsWith('/workspaces')) return 'Listing Workspaces needs the Organization Member role or higher.';
    if (reads) return 'Viewing this Workspace needs the Workspace Accessor role or higher.';
    return method === 'POST' && path.endsWith('/workspaces')
      ? 'Creating Workspaces needs the Organization Owner role.'
      : 'Changing a Workspace needs the Workspace Owner role.';
  }
  if (path.includes('/clusters')) return 'Clusters need the Organization Member role (Organization Owner to change them).';
  return reads ? 'This needs the Organization Member role or higher.' : 'This needs the Organization Owner role.';
}
