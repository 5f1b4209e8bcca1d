// @vitest-environment node
// Runs the generated install commands in the shells people paste them into: bash, and zsh (macOS's default).
// Each runs on a terminal (util-linux `script` gives it one), as when pasted, so the test also sees whether the
// typed secret is echoed. A stub kubectl on PATH records its arguments and what it read on stdin.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { agentInstallSteps } from './agentValuesCommands';
import { agentValuesDefaults } from './agentValuesInput';

const SHELLS = ['bash', 'zsh'] as const;
const SECRET = 'eyJhbGciOi.s3cr3t-$(echo pwned)-`id`-"q"-\'s\'';

const stubDir = mkdtempSync(join(tmpdir(), 'agent-install-'));
writeFileSync(join(stubDir, 'kubectl'), `#!/bin/sh\nprintf '%s\\n' "$@" > "${stubDir}/args"\ncat > "${stubDir}/stdin"\n`);
chmodSync(join(stubDir, 'kubectl'), 0o755);
afterAll(() => rmSync(stubDir, { recursive: true, force: true }));

const input = agentValuesDefaults({
  name: 'edge-orchestrator-prod',
  namespace: 'stellar-orbit-1234',
  runtimeVersion: '3.1-2',
  remoteApiUrl: 'https://example.invalid/execution',
});
const secretSteps = agentInstallSteps(input).filter((s) => s.command.includes('/dev/stdin'));

/**
 * Runs `command` in `shell` on a pseudo-terminal; once the shell prints `prompt`, types `typed` and Enter.
 * Answers what the terminal showed and the exit status.
 */
function runOnTerminal(shell: string, command: string, prompt: string, typed: string): Promise<{ screen: string; status: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', `${shell} -c "$INSTALL_COMMAND"`, '/dev/null'], {
      env: { ...process.env, SHELL: '/bin/sh', PATH: `${stubDir}:${process.env.PATH}`, INSTALL_COMMAND: command, HOME: stubDir },
    });
    let screen = '';
    let answered = false;
    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString();
      if (!answered && screen.includes(prompt)) {
        answered = true;
        child.stdin.write(`${typed}\r`);
      }
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ screen, status }));
  });
}

describe('agent install commands, pasted into a terminal', () => {
  it('has the shells to run them in (apt-get install zsh)', () => {
    for (const shell of SHELLS) expect(spawnSync(shell, ['-c', 'true']).status, `${shell} is missing`).toBe(0);
  });

  it('covers every secret the install creates', () => {
    expect(secretSteps.map((s) => s.title)).toEqual([
      'Create the agent token secret (paste the token when asked)',
      'Create the image pull secret (paste a Deployment API token when asked)',
      'Create the OpenLineage API key secret (paste a Deployment API token when asked)',
    ]);
  });

  for (const shell of SHELLS) {
    for (const step of secretSteps) {
      it(`${shell}: ${step.title}: the secret typed reaches kubectl's stdin and is not echoed`, async () => {
        rmSync(join(stubDir, 'stdin'), { force: true });
        const prompt = /'([^']+: )'/.exec(step.command)?.[1] ?? ': ';
        const { screen, status } = await runOnTerminal(shell, step.command, prompt, SECRET);
        expect(status, screen).toBe(0);
        expect(screen).not.toContain('s3cr3t');
        const received = readFileSync(join(stubDir, 'stdin'), 'utf8');
        if (step.command.includes('dockerconfigjson')) {
          expect(JSON.parse(received.replace(SECRET, 'PLACEHOLDER'))).toEqual({
            auths: { 'images.astronomer.cloud': { username: 'cli', password: 'PLACEHOLDER' } },
          });
          expect(received).toContain(SECRET);
        } else {
          expect(received).toBe(SECRET);
        }
        const args = readFileSync(join(stubDir, 'args'), 'utf8').trim().split('\n');
        expect(args.slice(0, 3)).toEqual(['create', 'secret', 'generic']);
        expect(args).toContain('astro-agent-edge-orchestrator-prod');
      });
    }
  }
});
