// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM, findBrowser, installPlan } from './browser.mjs';

describe('findBrowser', () => {
  const only =
    (...paths: string[]) =>
    (path: string) =>
      paths.includes(path);

  it("takes Debian's chromium first, then CHROMIUM_PATH, then Playwright's own", () => {
    const env = { CHROMIUM_PATH: '/opt/chrome' };
    const playwrightPath = '/cache/ms-playwright/chrome';
    expect(findBrowser({ env, playwrightPath, canRun: only(DEBIAN_CHROMIUM, '/opt/chrome', playwrightPath) })).toBe(DEBIAN_CHROMIUM);
    expect(findBrowser({ env, playwrightPath, canRun: only('/opt/chrome', playwrightPath) })).toBe('/opt/chrome');
    expect(findBrowser({ env, playwrightPath, canRun: only(playwrightPath) })).toBe(playwrightPath);
  });

  it('finds nothing when no candidate can run, and ignores an empty CHROMIUM_PATH', () => {
    expect(findBrowser({ env: { CHROMIUM_PATH: '' }, canRun: () => true })).toBe(DEBIAN_CHROMIUM);
    expect(findBrowser({ env: { CHROMIUM_PATH: '' }, playwrightPath: '/x', canRun: only() })).toBeUndefined();
  });
});

describe('installPlan', () => {
  it('as root with apt, installs the Debian package before trying the Playwright download', () => {
    const plan = installPlan({ isRoot: true, hasApt: true });
    expect(plan.tries.map(([command, args]) => `${command} ${args.join(' ')}`)).toEqual([
      'apt-get update -qq',
      'apt-get install -y -qq --no-install-recommends chromium fonts-liberation',
      'npx playwright install chromium',
    ]);
    expect(plan.hint).toContain('`apt-get install -y chromium`');
  });

  it('names one command on one line: sudo apt where there is apt, else the Playwright download', () => {
    const user = installPlan({ isRoot: false, hasApt: true });
    expect(user.tries).toEqual([['npx', ['playwright', 'install', 'chromium']]]);
    expect(user.hint).toMatch(/^No Chromium .*Run `sudo apt-get install -y chromium`/);
    const mac = installPlan({ isRoot: false, hasApt: false });
    expect(mac.hint).toBe('No Chromium for the end-to-end tests. Run `npx playwright install chromium`, then `npm test` again.');
    for (const hint of [user.hint, mac.hint]) expect(hint).not.toContain('\n');
  });
});
