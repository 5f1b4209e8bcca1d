import { z } from 'zod';
import { runSchema, type RulesResult } from '../../../shared/lib/fieldErrors';

export const WORKSPACE_NAME_MAX = 50;
/** The API sets no limit on workspace descriptions; 1000 is our choice, matching Deployment descriptions. */
export const WORKSPACE_DESCRIPTION_MAX = 1000;

const cloudProvider = z.enum(['AWS', 'AZURE', 'GCP']);

const name = z.string().trim().min(1, 'Name is required.').max(WORKSPACE_NAME_MAX, `Name must be at most ${WORKSPACE_NAME_MAX} characters.`);
const description = z.string().max(WORKSPACE_DESCRIPTION_MAX, `Description must be at most ${WORKSPACE_DESCRIPTION_MAX} characters.`);

const destination = {
  defaultClusterId: z.string().min(1).optional(),
  defaultCloudProvider: cloudProvider.optional(),
  defaultRegion: z.string().min(1).optional(),
};

type Destination = { defaultClusterId?: string; defaultCloudProvider?: string; defaultRegion?: string };

// Provider and region name a shared location together; a cluster names one on its own.
function checkDestination(value: Destination, ctx: z.RefinementCtx) {
  if (value.defaultCloudProvider && !value.defaultRegion) {
    ctx.addIssue({ code: 'custom', path: ['defaultRegion'], message: 'Choose a region for the default cloud provider.', params: { code: 'required' } });
  }
  if (value.defaultRegion && !value.defaultCloudProvider) {
    ctx.addIssue({ code: 'custom', path: ['defaultCloudProvider'], message: 'Choose the cloud provider of the default region.', params: { code: 'required' } });
  }
  if (value.defaultClusterId && (value.defaultCloudProvider || value.defaultRegion)) {
    ctx.addIssue({
      code: 'custom',
      path: ['defaultClusterId'],
      message: 'Set either a default cluster or a default cloud provider and region, not both.',
      params: { code: 'conflict' },
    });
  }
}

const createWorkspaceSchema = z
  .object({ name, description: description.optional(), cicdEnforcedDefault: z.boolean().optional(), ...destination })
  .superRefine(checkDestination);

/** Update is a full replacement: name, description and cicdEnforcedDefault must all be sent. */
export const updateWorkspaceSchema = z.object({ name, description, cicdEnforcedDefault: z.boolean(), ...destination }).superRefine(checkDestination);

export type CreateWorkspaceInput = z.output<typeof createWorkspaceSchema>;
export type UpdateWorkspaceInput = z.output<typeof updateWorkspaceSchema>;

export function validateCreateWorkspace(input: unknown): RulesResult<CreateWorkspaceInput> {
  return runSchema(createWorkspaceSchema, input);
}

export function validateUpdateWorkspace(input: unknown): RulesResult<UpdateWorkspaceInput> {
  return runSchema(updateWorkspaceSchema, input);
}
