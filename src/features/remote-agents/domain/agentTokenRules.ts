import { z } from 'zod';
import { runSchema, type RulesResult } from '../../../shared/lib/fieldErrors';

export const AGENT_TOKEN_NAME_MAX = 256;
export const AGENT_TOKEN_DESCRIPTION_MAX = 500;
/** A token lives 1 to 3650 days; without a period it never expires. */
export const AGENT_TOKEN_EXPIRY_DAYS_MIN = 1;
export const AGENT_TOKEN_EXPIRY_DAYS_MAX = 3650;
/** Astro's documented default cap on agent tokens per Deployment. */
export const AGENT_TOKENS_PER_DEPLOYMENT = 50;

/** True when a Deployment with `count` agent tokens may not get another. */
export function agentTokenLimitReached(count: number): boolean {
  return count >= AGENT_TOKENS_PER_DEPLOYMENT;
}

const createAgentTokenSchema = z.object({
  name: z.string().trim().min(1, 'Name is required.').max(AGENT_TOKEN_NAME_MAX),
  description: z.string().max(AGENT_TOKEN_DESCRIPTION_MAX).optional(),
  tokenExpiryPeriodInDays: z.number().int().min(AGENT_TOKEN_EXPIRY_DAYS_MIN).max(AGENT_TOKEN_EXPIRY_DAYS_MAX).optional(),
});

export type CreateAgentTokenInput = z.output<typeof createAgentTokenSchema>;

export function validateCreateAgentToken(input: unknown): RulesResult<CreateAgentTokenInput> {
  return runSchema(createAgentTokenSchema, input);
}
