// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateCreateAgentToken } from './agentTokenRules';

const errorsOf = (r: { ok: boolean; errors?: Array<{ field: string; code: string }> }) => (r.ok ? [] : r.errors!.map((e) => `${e.field}:${e.code}`));

describe('agent token rules', () => {
  it('checks agent token name and expiry', () => {
    expect(validateCreateAgentToken({ name: 'prod', tokenExpiryPeriodInDays: 3650 }).ok).toBe(true);
    expect(errorsOf(validateCreateAgentToken({ name: '', tokenExpiryPeriodInDays: 3651 }))).toEqual(['name:min', 'tokenExpiryPeriodInDays:max']);
  });
});
