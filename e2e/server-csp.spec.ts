import { expect, test } from '@playwright/test';

declare global {
  interface Window {
    violations?: string[];
    injected?: boolean;
  }
}

// The demo build under the production server's Content-Security-Policy: the console and its mock service worker
// run without a single violation, and a script injected inline (what an XSS would do) does not run.
test('the CSP lets the console and its service worker run, and blocks an injected inline script', async ({ page }) => {
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations!.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self';");

  await expect(page.getByRole('heading', { level: 1, name: 'Workspaces', exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/mockServiceWorker\.js$/);
  expect(await page.evaluate(() => window.violations)).toEqual([]);

  // An allowed inline script runs as it is inserted; a refused one is reported in a violation event.
  const outcome = await page.evaluate(() => {
    const violation = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }),
    );
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.head.append(script);
    return window.injected ? 'the script ran' : violation;
  });
  expect(outcome).toBe('script-src-elem');
  expect(await page.evaluate(() => window.injected)).toBeUndefined();
});
