// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { missingRoleHint } from './missingRoleHint';

describe('missingRoleHint', () => {
  it('names the Organization Owner for creating a Workspace', () => {
    expect(missingRoleHint('POST /organizations/{organizationId}/workspaces')).toMatch(/Organization Owner/);
  });
  it('names Workspace Owner for editing one', () => {
    expect(missingRoleHint('POST /organizations/{organizationId}/workspaces/{workspaceId}')).toMatch(/Workspace Owner/);
  });
  it('separates reading from changing a Deployment', () => {
    expect(missingRoleHint('GET /organizations/{organizationId}/deployments')).toMatch(/Member/);
    expect(missingRoleHint('DELETE /organizations/{organizationId}/deployments/{deploymentId}')).toMatch(/Operator/);
  });
  it('asks for Author to roll back', () => {
    expect(
      missingRoleHint('POST /organizations/{organizationId}/deployments/{deploymentId}/deploys/{deployId}/rollback'),
    ).toMatch(/Author/);
  });
});

describe('missingRoleHint for lists', () => {
  it('asks for Organization Member to list Workspaces', () => {
    expect(missingRoleHint('GET /organizations/{organizationId}/workspaces')).toMatch(/Organization Member/);
    expect(missingRoleHint('GET /organizations/{organizationId}/workspaces/{workspaceId}')).toMatch(/Workspace Accessor/);
  });
});
