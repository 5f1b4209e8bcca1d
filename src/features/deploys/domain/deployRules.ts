import { z } from 'zod';
import { fieldError, runSchema, type RulesResult } from '../../../shared/lib/fieldErrors';

export const DEPLOY_DESCRIPTION_MAX = 500;
export const DEPLOY_TYPES = ['IMAGE_AND_DAG', 'IMAGE_ONLY', 'DAG_ONLY', 'BUNDLE'] as const;

const description = z.string().max(DEPLOY_DESCRIPTION_MAX, `Description must be at most ${DEPLOY_DESCRIPTION_MAX} characters.`).optional();

const git = z
  .object({
    provider: z.enum(['GITHUB', 'GENERIC']),
    commitSha: z.string().min(1),
    account: z.string().optional(),
    repo: z.string().optional(),
    remoteUrl: z.string().optional(),
    branch: z.string().optional(),
    path: z.string().optional(),
    commitUrl: z.string().optional(),
    beforeCommitSha: z.string().optional(),
    authorName: z.string().optional(),
    authorUsername: z.string().optional(),
    authorUrl: z.string().optional(),
  })
  .superRefine((g, ctx) => {
    // GitHub deploys are identified by account/repo, other hosts by their remote URL.
    if (g.provider === 'GITHUB') {
      if (!g.account) ctx.addIssue({ code: 'custom', path: ['account'], message: 'account is required for GitHub.', params: { code: 'required' } });
      if (!g.repo) ctx.addIssue({ code: 'custom', path: ['repo'], message: 'repo is required for GitHub.', params: { code: 'required' } });
    } else if (!g.remoteUrl) {
      ctx.addIssue({ code: 'custom', path: ['remoteUrl'], message: 'remoteUrl is required for a generic Git provider.', params: { code: 'required' } });
    }
  });

const createDeploySchema = z
  .object({
    type: z.enum(DEPLOY_TYPES),
    description,
    git: git.optional(),
    bundleType: z.string().optional(),
    bundleMountPath: z.string().optional(),
  })
  .superRefine((d, ctx) => {
    if (d.type !== 'BUNDLE') return;
    for (const key of ['bundleType', 'bundleMountPath'] as const) {
      if (!d[key]) ctx.addIssue({ code: 'custom', path: [key], message: `${key} is required for a BUNDLE deploy.`, params: { code: 'required' } });
    }
  });

const deployDescriptionSchema = z.object({ description });

export type CreateDeployInput = z.output<typeof createDeploySchema>;

export function validateCreateDeploy(input: unknown): RulesResult<CreateDeployInput> {
  return runSchema(createDeploySchema, input ?? {});
}

/** Rollback and deploy-update bodies carry only an optional description. */
export function validateDeployDescription(input: unknown): RulesResult<{ description?: string }> {
  return runSchema(deployDescriptionSchema, input ?? {});
}

export interface FinalizeDeployInput {
  dagTarballVersion?: string;
  bundleTarballVersion?: string;
}

export function validateFinalizeDeploy(input: unknown, deploy: { type: string; isDagDeployEnabled: boolean }): RulesResult<FinalizeDeployInput> {
  const parsed = runSchema(z.object({ dagTarballVersion: z.string().optional(), bundleTarballVersion: z.string().optional() }), input ?? {});
  if (!parsed.ok) return parsed;
  const needsDags = deploy.isDagDeployEnabled && (deploy.type === 'IMAGE_AND_DAG' || deploy.type === 'DAG_ONLY');
  if (needsDags && !parsed.value.dagTarballVersion) {
    return { ok: false, errors: [fieldError('dagTarballVersion', 'required', 'dagTarballVersion is required when this deploy includes DAGs.')] };
  }
  if (deploy.isDagDeployEnabled && deploy.type === 'BUNDLE' && !parsed.value.bundleTarballVersion) {
    return { ok: false, errors: [fieldError('bundleTarballVersion', 'required', 'bundleTarballVersion is required for a bundle deploy.')] };
  }
  return parsed;
}

/** The rollback dialog asks why, so the history explains itself later. */
export const rollbackFormSchema = z.object({
  description: z
    .string()
    .max(DEPLOY_DESCRIPTION_MAX, `Description must be at most ${DEPLOY_DESCRIPTION_MAX} characters.`)
    .refine((value) => value.trim().length > 0, 'Say why you roll back; the description is required.'),
});
export type RollbackForm = z.output<typeof rollbackFormSchema>;
