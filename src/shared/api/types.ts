import type { components } from './schema.gen';

/** Short names for the generated wire types the pages use. */
type Schemas = components['schemas'];
export type Organization = Schemas['Organization'];
export type SelfUser = Schemas['SelfUser'];
export type Workspace = Schemas['Workspace'];
export type CreateWorkspaceRequest = Schemas['CreateWorkspaceRequest'];
export type UpdateWorkspaceRequest = Schemas['UpdateWorkspaceRequest'];
export type Deployment = Schemas['Deployment'];
export type DeploymentStatus = Deployment['status'];
export type Deploy = Schemas['Deploy'];
export type Cluster = Schemas['Cluster'];
export type FieldValidationError = Schemas['FieldValidationError'];
