// Which Chromium the end-to-end tests use, and how `npm test` gets one on a fresh machine.
// Order: Debian's package, then CHROMIUM_PATH, then Playwright's own download. When there is none, install
// one where that can work (the Debian package as root, else Playwright's download), and otherwise stop with
// one line naming the command to run.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

const runnable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Playwright's own Chromium, where `npx playwright install chromium` put one. */
async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * The first browser that can run, in the house order, or undefined.
 * @param {{ env?: Record<string, string | undefined>, canRun?: (path: string) => boolean, playwrightPath?: string }} [options]
 */
export function findBrowser({ env = process.env, canRun = runnable, playwrightPath } = {}) {
  return [DEBIAN_CHROMIUM, env.CHROMIUM_PATH, playwrightPath].find((path) => Boolean(path) && canRun(path));
}

/**
 * How this machine can get a browser: the commands to try now, and the one line to print when none works.
 * @param {{ isRoot: boolean, hasApt: boolean }} machine
 */
export function installPlan({ isRoot, hasApt }) {
  const apt = 'apt-get install -y chromium';
  const playwright = 'npx playwright install chromium';
  /** @type {[string, string[]][]} */
  const tries = [];
  if (isRoot && hasApt)
    tries.push(['apt-get', ['update', '-qq']], ['apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-liberation']]);
  tries.push(['npx', ['playwright', 'install', 'chromium']]);
  const command = hasApt ? `${isRoot ? '' : 'sudo '}${apt}` : playwright;
  return {
    tries,
    hint: `No Chromium for the end-to-end tests. Run \`${command}\`${hasApt ? ` (or \`${playwright}\`)` : ''}, then \`npm test\` again.`,
  };
}

/** A browser's path, installing one first when the machine has none; undefined (after printing the hint) when that failed. */
export async function ensureBrowser({ log = console.log } = {}) {
  const found = findBrowser({ playwrightPath: await playwrightChromium() });
  if (found) return found;
  const plan = installPlan({ isRoot: process.getuid?.() === 0, hasApt: existsSync('/usr/bin/apt-get') });
  for (const [command, args] of plan.tries) {
    log(`No Chromium found; trying: ${command} ${args.join(' ')}`);
    // A download that cannot reach its host must not hang the test run.
    const { status } = spawnSync(command, args, { stdio: 'inherit', timeout: 300_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (status !== 0) continue;
    const now = findBrowser({ playwrightPath: await playwrightChromium() });
    if (now) return now;
  }
  log(plan.hint);
  return undefined;
}
