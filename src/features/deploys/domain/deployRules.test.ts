// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateCreateDeploy, validateDeployDescription, validateFinalizeDeploy } from './deployRules';

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
