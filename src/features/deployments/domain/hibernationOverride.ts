import { z } from 'zod/mini';
import { fieldError, runSchema, type RulesResult } from '../../../shared/lib/fieldErrors';

// Apart from hibernationRules.ts, so the overview (which shows the next hibernation change) does not pull
// zod into its first visit: a module's top-level z.object() call cannot be tree-shaken.

export const hibernationOverrideSchema = z.object({
  isHibernating: z.boolean(),
  overrideUntil: z.optional(z.iso.datetime({ offset: true, message: 'Use an ISO date-time such as 2026-11-22T18:00:00Z.' })),
});

export type HibernationOverrideInput = z.output<typeof hibernationOverrideSchema>;

/** `now` lets the caller decide what "the past" is, so tests and the mock clock agree. */
export function validateHibernationOverride(input: unknown, now: Date): RulesResult<HibernationOverrideInput> {
  const parsed = runSchema(hibernationOverrideSchema, input);
  if (parsed.ok && parsed.value.overrideUntil && Date.parse(parsed.value.overrideUntil) <= now.getTime()) {
    return { ok: false, errors: [fieldError('overrideUntil', 'min', 'The override must end in the future.')] };
  }
  return parsed;
}
