// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deployCommands, githubActionsWorkflow, shellQuote } from './deployCommands';
import { deployProgress } from './deployProgress';

describe('how to deploy', () => {
  it('builds the CLI commands for one Deployment', () => {
    const commands = deployCommands('clx1', 'registry/acme:1.2', "Fix Bob's DAG").map((c) => c.command);
    expect(commands).toEqual([
      'astro deploy clx1',
      'astro deploy clx1 --dags',
      'astro deploy clx1 --image',
      'astro deploy clx1 --image-name registry/acme:1.2',
      `astro deploy clx1 --description 'Fix Bob'\\''s DAG'`,
    ]);
    expect(shellQuote('a b')).toBe("'a b'");
  });

  it('writes a GitHub Actions workflow that parses and names the Deployment', () => {
    const workflow = parse(githubActionsWorkflow('clx1'));
    expect(workflow.jobs.deploy.steps[0]).toMatchObject({ uses: expect.stringMatching(/^astronomer\/deploy-action@/), with: { 'deployment-id': 'clx1' } });
    expect(workflow.env.ASTRO_API_TOKEN).toBe('${{ secrets.ASTRO_API_TOKEN }}');
  });
});

describe('deploy in progress', () => {
  const d = { status: 'DEPLOYING', imageTag: 'img-1', dagTarballVersion: 'b1', desiredDagTarballVersion: 'b1' };
  const pending = { id: 'p', type: 'IMAGE_AND_DAG', status: 'INITIALIZED', createdAt: '2026-11-22T10:00:00Z', imageTag: 'img-2', isDagDeployEnabled: true };

  it('shows the desired image while the deploy uploads, and the bundle as still unknown', () => {
    expect(deployProgress(d, [pending])).toEqual({ deploy: pending, phase: 'uploading', image: { from: 'img-1', to: 'img-2' }, bundle: { from: 'b1' } });
  });

  it('a DAG-only deploy being rolled out moves only the bundle', () => {
    const done = { ...pending, type: 'DAG_ONLY', status: 'DEPLOYED', imageTag: 'img-1', dagTarballVersion: 'b2' };
    expect(deployProgress({ ...d, desiredDagTarballVersion: 'b2' }, [done])).toEqual({ deploy: done, phase: 'restarting', bundle: { from: 'b1', to: 'b2' } });
  });

  it('says nothing when the Deployment runs what it should', () => {
    expect(deployProgress({ ...d, status: 'HEALTHY' }, [pending])).toBeUndefined();
  });
});
