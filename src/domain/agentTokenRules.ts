import { z } from 'zod';
import { runSchema, type RulesResult } from './fieldErrors';

export const AGENT_TOKEN_NAME_MAX = 256;
export const AGENT_TOKEN_DESCRIPTION_MAX = 500;
/** Astro's documented default cap on agent tokens per Deployment. */
export const AGENT_TOKENS_PER_DEPLOYMENT = 50;

export const createAgentTokenSchema = z.object({
  name: z.string().trim().min(1, 'Name is required.').max(AGENT_TOKEN_NAME_MAX),
  description: z.string().max(AGENT_TOKEN_DESCRIPTION_MAX).optional(),
  tokenExpiryPeriodInDays: z.number().int().min(1).max(3650).optional(),
});

export type CreateAgentTokenInput = z.output<typeof createAgentTokenSchema>;

export function validateCreateAgentToken(input: unknown): RulesResult<CreateAgentTokenInput> {
  return runSchema(createAgentTokenSchema, input);
}
