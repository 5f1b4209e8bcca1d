// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateCreateDeploy, validateDeployDescription, validateFinalizeDeploy } from './deployRules';
import { validateCreateAgentToken } from './agentTokenRules';
import { validateHibernationOverride } from './hibernationRules';

const errorsOf = (r: { ok: boolean; errors?: Array<{ field: string; code: string }> }) => (r.ok ? [] : r.errors!.map((e) => `${e.field}:${e.code}`));

describe('deploy rules', () => {
  it('accepts each deploy type and caps descriptions at 500 characters', () => {
    for (const type of ['IMAGE_AND_DAG', 'IMAGE_ONLY', 'DAG_ONLY']) expect(validateCreateDeploy({ type }).ok).toBe(true);
    expect(errorsOf(validateCreateDeploy({ type: 'IMAGE_ONLY', description: 'x'.repeat(501) }))).toEqual(['description:max']);
    expect(validateDeployDescription({ description: 'x'.repeat(500) }).ok).toBe(true);
    expect(validateDeployDescription(undefined).ok).toBe(true);
  });

  it('needs bundle details for BUNDLE and provider details for git', () => {
    expect(errorsOf(validateCreateDeploy({ type: 'BUNDLE' }))).toEqual(['bundleType:required', 'bundleMountPath:required']);
    expect(errorsOf(validateCreateDeploy({ type: 'DAG_ONLY', git: { provider: 'GENERIC', commitSha: 'a1' } }))).toEqual(['git.remoteUrl:required']);
    expect(validateCreateDeploy({ type: 'DAG_ONLY', git: { provider: 'GITHUB', commitSha: 'a1', account: 'acme', repo: 'dags' } }).ok).toBe(true);
  });

  it('asks for the DAG bundle version only when the deploy carries DAGs', () => {
    expect(errorsOf(validateFinalizeDeploy({}, { type: 'DAG_ONLY', isDagDeployEnabled: true }))).toEqual(['dagTarballVersion:required']);
    expect(validateFinalizeDeploy({}, { type: 'IMAGE_ONLY', isDagDeployEnabled: true }).ok).toBe(true);
    expect(validateFinalizeDeploy({}, { type: 'IMAGE_AND_DAG', isDagDeployEnabled: false }).ok).toBe(true);
    expect(errorsOf(validateFinalizeDeploy({}, { type: 'BUNDLE', isDagDeployEnabled: true }))).toEqual(['bundleTarballVersion:required']);
  });
});

describe('agent token and hibernation rules', () => {
  it('checks agent token name and expiry', () => {
    expect(validateCreateAgentToken({ name: 'prod', tokenExpiryPeriodInDays: 3650 }).ok).toBe(true);
    expect(errorsOf(validateCreateAgentToken({ name: '', tokenExpiryPeriodInDays: 3651 }))).toEqual(['name:min', 'tokenExpiryPeriodInDays:max']);
  });

  it('needs isHibernating and an end in the future', () => {
    const now = new Date('2026-11-22T10:00:00Z');
    expect(errorsOf(validateHibernationOverride({}, now))).toEqual(['isHibernating:required']);
    expect(errorsOf(validateHibernationOverride({ isHibernating: true, overrideUntil: '2026-11-22T09:59:59Z' }, now))).toEqual(['overrideUntil:min']);
    expect(errorsOf(validateHibernationOverride({ isHibernating: true, overrideUntil: 'tomorrow' }, now))).toEqual(['overrideUntil:format']);
    expect(validateHibernationOverride({ isHibernating: false, overrideUntil: '2026-11-23T00:00:00Z' }, now).ok).toBe(true);
  });
});
