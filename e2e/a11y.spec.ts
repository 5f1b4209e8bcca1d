import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ConsolePage, links } from './pages/ConsolePage';
import { DeploymentFormPage } from './pages/DeploymentFormPage';
import { EnvironmentPage } from './pages/EnvironmentPage';
import { RemoteAgentsPage } from './pages/RemoteAgentsPage';
import { paths } from '../src/shared/routes/paths';
import { SEED_IDS } from '../src/mocks/seed';

// Each test is its own visit with its own demo data: spread over the workers instead of one file taking one worker.
test.describe.configure({ mode: 'parallel' });

const MODES = ['light', 'dark'] as const;

/**
 * axe's WCAG 2 A/AA rules plus two best-practice ones that are off by default: heading-order (no level
 * skipped) and region (all content in landmarks: an open menu too).
 */
async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).withRules(['heading-order', 'region']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Switches the colour scheme the console follows, and waits until the theme's colours have faded in. */
async function showIn(page: Page, mode: (typeof MODES)[number]) {
  await page.emulateMedia({ colorScheme: mode });
  await expect(page.locator('html')).toHaveAttribute('data-mode', mode);
  // MUI fades colours in (250 ms): axe measuring mid-fade reports a contrast that nobody sees for long.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/** axe in the light and the dark theme, as the page is now (an open dialog or menu stays open). */
export async function expectNoAxeViolationsInBothThemes(page: Page) {
  for (const mode of MODES) {
    await showIn(page, mode);
    expect(await axeViolations(page), `axe violations in ${mode} mode`).toEqual([]);
  }
}

/** The page's headings as "h2 Title", in document order, hidden ones left out. */
function headings(page: Page) {
  return page
    .locator('h1, h2, h3, h4, h5, h6, [role="heading"]')
    .evaluateAll((els: Element[]) =>
      els
        .filter((el) => el.getClientRects().length > 0 && !el.closest('[aria-hidden="true"]'))
        .map((el) => `h${el.getAttribute('aria-level') ?? el.tagName.slice(1)} ${el.textContent?.trim()}`),
    );
}

/** One h1, first; each heading at most one level below the one before it. */
function headingProblems(list: string[]): string[] {
  const levels = list.map((h) => Number(h.slice(1, 2)));
  const problems: string[] = [];
  if (levels.filter((l) => l === 1).length !== 1) problems.push(`${levels.filter((l) => l === 1).length} h1`);
  if (levels[0] !== 1) problems.push(`starts at h${levels[0]}`);
  levels.forEach((level, i) => {
    if (i > 0 && level > levels[i - 1]! + 1) problems.push(`"${list[i - 1]}" then "${list[i]}"`);
  });
  return problems;
}

// Every page and view of the console, with what shows that it has rendered.
const PAGES: { name: string; url: string; heading: string | RegExp }[] = [
  { name: 'Workspaces', url: links.workspaces(), heading: 'Workspaces' },
  { name: 'Deployments list', url: links.deployments('Data Platform'), heading: 'Data Platform: Deployments' },
  { name: 'Create Deployment', url: links.createDeployment('Data Platform'), heading: /Create|New Deployment/ },
  ...(['overview', 'details', 'environment', 'deploys'] as const).map((tab) => ({
    name: `Deployment ${tab}`,
    url: links.deployment('Data Platform', 'sales-etl-prod', tab),
    heading: 'sales-etl-prod',
  })),
  { name: 'Hybrid overview', url: links.deployment('Analytics', 'clickstream-hybrid', 'overview'), heading: 'clickstream-hybrid' },
  { name: 'Remote Agents', url: links.deployment('Data Platform', 'edge-orchestrator-prod', 'remote-agents'), heading: 'edge-orchestrator-prod' },
  {
    name: 'Remote Agents tokens',
    url: `${links.deployment('Data Platform', 'edge-orchestrator-prod', 'remote-agents')}?view=tokens`,
    heading: 'edge-orchestrator-prod',
  },
  { name: 'Runtime releases', url: paths.runtimeReleases(SEED_IDS.organization), heading: 'Runtime releases' },
  { name: 'Tag composer', url: paths.runtimeReleases(SEED_IDS.organization, 'tag-composer'), heading: 'Runtime releases' },
  { name: 'Fleet', url: paths.runtimeReleases(SEED_IDS.organization, 'fleet'), heading: 'Runtime releases' },
  { name: 'Settings', url: paths.settings(), heading: /Settings|Connection/ },
  {
    name: 'Deployment not found',
    url: links.deployment('Data Platform', 'sales-etl-prod').replace(/deployments\/[^/]+/, 'deployments/no-such-id'),
    heading: /not found/i,
  },
  { name: 'Not found', url: '/no/such/page', heading: /not found/i },
];

const WIDTHS = [1280, 412];

// One visit a page checks all that holds on every page: it fits the screen, its headings are in order, axe passes.
for (const { name, url, heading } of PAGES) {
  test(`${name}: fits ${WIDTHS.join(' and ')} px, headings in order under one h1, and axe (with heading-order and region) in light and dark mode`, async ({
    demo: page,
  }) => {
    await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
    await page.goto(url);
    await new ConsolePage(page).heading(heading).waitFor();
    // Loaded: no section still shows its spinner.
    await expect(page.getByRole('status').filter({ hasText: /^Loading.*…$/ })).toHaveCount(0);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      // Nothing makes the page scroll sideways: a wide table scrolls inside its own frame.
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { message: `${name} at ${width} px` })
        .toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
    const list = await headings(page);
    expect(headingProblems(list), list.join(' · ')).toEqual([]);
    await expectNoAxeViolationsInBothThemes(page);
  });
}

/** The landmark an element is in (main, banner, a named region…), or null: what axe's region rule asks. */
function landmarkOf(el: Element): string | null {
  const landmark = el.closest('main, nav, header, footer, aside, [role="region"][aria-label], [role="main"], [role="banner"], [role="navigation"]');
  return landmark ? `${landmark.getAttribute('role') ?? landmark.tagName.toLowerCase()} ${landmark.getAttribute('aria-label') ?? ''}`.trim() : null;
}

// Menus open at the end of body (MUI portals them there): each must still be in a landmark.
const MENUS: { name: string; url: string; heading: string; open: (page: Page) => Promise<void>; role: 'menu' | 'listbox'; landmark: string }[] = [
  {
    name: 'More actions',
    url: links.deployment('Data Platform', 'sales-etl-prod', 'overview'),
    heading: 'sales-etl-prod',
    open: (page) => page.getByRole('button', { name: 'More actions' }).click(),
    role: 'menu',
    landmark: 'region More actions',
  },
  {
    name: 'Export',
    url: links.deployment('Data Platform', 'sales-etl-prod', 'environment'),
    heading: 'sales-etl-prod',
    open: (page) => page.getByRole('button', { name: 'Export' }).click(),
    role: 'menu',
    landmark: 'region Export',
  },
  {
    name: 'a select on Details',
    url: links.deployment('Data Platform', 'sales-etl-prod', 'details'),
    heading: 'sales-etl-prod',
    open: (page) => page.getByRole('combobox', { name: 'Scheduler size' }).click(),
    role: 'listbox',
    landmark: 'region Scheduler size',
  },
];

for (const menu of MENUS) {
  test(`the open ${menu.name} menu is in a landmark named for its button, and passes axe's region rule in both themes`, async ({ demo: page }) => {
    await page.goto(menu.url);
    await new ConsolePage(page).heading(menu.heading).waitFor();
    await menu.open(page);
    const list = page.getByRole(menu.role);
    await expect(list).toBeVisible();
    await expectNoAxeViolationsInBothThemes(page);
    expect(await list.evaluate(landmarkOf)).toBe(menu.landmark);
    // Still where it opened: beside its button, not moved into the page.
    await expect(list).toBeInViewport();
  });
}

/** WCAG contrast of an element's text on the first opaque background behind it, alpha blended. */
function contrastOf(el: Element): number {
  const rgba = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number) as [number, number, number, number?];
  let bg: [number, number, number] = [255, 255, 255];
  for (let at: Element | null = el; at; at = at.parentElement) {
    const [r, g, b, a = 1] = rgba(getComputedStyle(at).backgroundColor);
    if (a > 0) {
      bg = [r, g, b];
      break;
    }
  }
  const [r, g, b, a = 1] = rgba(getComputedStyle(el).color);
  const fg = [r, g, b].map((c, i) => c * a + bg[i]! * (1 - a));
  const lum = (c: number[]) =>
    c.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
  const [hi, lo] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  return Math.round(((hi! + 0.05) / (lo! + 0.05)) * 100) / 100;
}

test('a disabled field\'s helper text ("Fixed after creation") keeps 4.5:1 in both themes', async ({ demo: page }) => {
  // A Runtime 3 Deployment: its execution mode is fixed after creation.
  await page.goto(links.deployment('Data Platform', 'dbt-transform-prod', 'details'));
  await new ConsolePage(page).heading('dbt-transform-prod').waitFor();
  await expect(page.getByText('Fixed after creation').first()).toBeVisible();
  // Every disabled field's description: its helper text.
  const fields = page.locator('[aria-disabled="true"][aria-describedby], :disabled[aria-describedby]');
  for (const mode of MODES) {
    await showIn(page, mode);
    const ratios = await fields.evaluateAll((els: Element[], fn: string) => {
      const contrast = new Function(`return ${fn}`)() as (el: Element) => number;
      return els
        .flatMap((el) =>
          el
            .getAttribute('aria-describedby')!
            .split(' ')
            .map((id) => document.getElementById(id)),
        )
        .filter((hint): hint is HTMLElement => Boolean(hint?.textContent))
        .map((hint) => [hint.textContent, contrast(hint)] as const);
    }, contrastOf.toString());
    expect(ratios.map(([text]) => text)).toContain('Fixed after creation');
    for (const [text, ratio] of ratios) expect(ratio, `"${text}" in ${mode} mode`).toBeGreaterThanOrEqual(4.5);
  }
});

test.describe('the Deployments list by keyboard', () => {
  test("its rows are one tab stop: arrows move between rows and a row's controls, Home/End, Enter opens", async ({ demo: page }) => {
    const ui = new ConsolePage(page);
    await ui.openDeployments('Data Platform');
    const table = ui.deploymentsTable();
    const rows = ui.deploymentRows();
    const count = await rows.count();
    expect(count).toBeGreaterThan(3);
    const inRow = (i: number) => rows.nth(i).locator(':focus');
    // The last header button, then one Tab into the rows and one out of them.
    await table.getByRole('button', { name: 'Runtime' }).focus();
    await page.keyboard.press('Tab');
    await expect(inRow(0)).toHaveCount(1);
    await page.keyboard.press('Tab');
    expect(await table.evaluate((t) => t.contains(document.activeElement))).toBe(false);
    await page.keyboard.press('Shift+Tab');
    await expect(inRow(0)).toHaveCount(1);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(inRow(2)).toHaveCount(1);
    await page.keyboard.press('End');
    await expect(inRow(count - 1)).toHaveCount(1);
    await page.keyboard.press('Home');
    await expect(inRow(0)).toHaveCount(1);
    // Tab leaves from where it was and comes back to it.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(inRow(1)).toHaveCount(1);
    // Right reaches the next control in the row (a status with a hint, then the name).
    const link = rows.nth(1).getByRole('link');
    const before = await rows
      .nth(1)
      .locator('[data-roving]')
      .evaluateAll((els: Element[]) => els.findIndex((el) => el.matches('a')));
    for (let i = 0; i < before; i++) await page.keyboard.press('ArrowRight');
    await expect(link).toBeFocused();
    const name = (await link.textContent())!;
    await page.keyboard.press('Enter');
    await ui.heading(name).waitFor();
  });
});

// Every dialog of the console, opened as a person would, then checked in both themes.
const DIALOGS: { name: string; url: string; heading: string; open: (page: Page) => Promise<void>; dialog: string | RegExp }[] = [
  {
    name: 'new Workspace',
    url: links.workspaces(),
    heading: 'Workspaces',
    open: (p) => p.getByRole('button', { name: 'Workspace', exact: true }).click(),
    dialog: /Workspace/,
  },
  {
    name: 'edit Workspace',
    url: links.workspaces(),
    heading: 'Workspaces',
    open: (p) => p.getByRole('button', { name: 'Edit Data Platform' }).click(),
    dialog: /Data Platform/,
  },
  {
    name: 'delete Workspace',
    url: links.workspaces(),
    heading: 'Workspaces',
    open: (p) => p.getByRole('button', { name: 'Delete Data Platform' }).click(),
    dialog: /Data Platform/,
  },
  {
    name: 'delete Deployment',
    url: links.deployment('Data Platform', 'sales-etl-prod'),
    heading: 'sales-etl-prod',
    open: (p) => new DeploymentFormPage(p).menu('Delete Deployment…'),
    dialog: /sales-etl-prod/,
  },
  {
    name: 'wake or hibernate',
    url: links.deployment('Analytics', 'analytics-sandbox-dev'),
    heading: 'analytics-sandbox-dev',
    open: (p) => new DeploymentFormPage(p).menu(/^(Wake up|Hibernate)…$/),
    dialog: /analytics-sandbox-dev/,
  },
  {
    name: 'review settings',
    url: links.deployment('Analytics', 'marketing-attribution', 'details'),
    heading: 'marketing-attribution',
    open: async (p) => {
      await new DeploymentFormPage(p).choose('Scheduler size', /^Large/);
      await p.getByRole('button', { name: 'Review changes' }).click();
    },
    dialog: 'Review changes to marketing-attribution',
  },
  {
    name: 'add variable',
    url: links.deployment('Data Platform', 'sales-etl-prod', 'environment'),
    heading: 'sales-etl-prod',
    open: (p) => p.getByRole('button', { name: 'Add variable' }).click(),
    dialog: 'Add variable',
  },
  {
    name: 'import variables',
    url: links.deployment('Data Platform', 'sales-etl-prod', 'environment'),
    heading: 'sales-etl-prod',
    open: (p) => p.getByRole('button', { name: 'Import' }).click(),
    dialog: 'Import variables',
  },
  {
    name: 'review variables',
    url: links.deployment('Data Platform', 'sales-etl-prod', 'environment'),
    heading: 'sales-etl-prod',
    open: async (p) => {
      const env = new EnvironmentPage(p);
      await env.add('A11Y_CHECK', 'on');
      await env.openReview();
    },
    dialog: /^Review changes/,
  },
  {
    name: 'roll back',
    url: links.deployment('Data Platform', 'sales-etl-prod', 'deploys'),
    heading: 'sales-etl-prod',
    open: (p) =>
      p
        .getByRole('button', { name: /^Roll back to / })
        .first()
        .click(),
    dialog: /^Roll back to /,
  },
  {
    name: 'simulate a deploy',
    url: links.deployment('Data Platform', 'sales-etl-prod', 'deploys'),
    heading: 'sales-etl-prod',
    open: (p) => p.getByRole('button', { name: 'Simulate deploy' }).click(),
    dialog: 'Simulate a deploy',
  },
  {
    name: 'new agent token',
    url: `${links.deployment('Data Platform', 'edge-orchestrator-prod', 'remote-agents')}?view=tokens`,
    heading: 'edge-orchestrator-prod',
    open: (p) => p.getByRole('button', { name: 'Agent token' }).click(),
    dialog: /agent token/i,
  },
  {
    name: 'agent token shown once',
    url: `${links.deployment('Data Platform', 'edge-orchestrator-prod', 'remote-agents')}?view=tokens`,
    heading: 'edge-orchestrator-prod',
    open: async (p) => {
      await p.getByRole('button', { name: 'Agent token' }).click();
      const dialog = new RemoteAgentsPage(p).tokenDialog();
      await dialog.getByRole('textbox', { name: 'Name' }).fill('a11y-agents');
      await dialog.getByRole('button', { name: 'Create token' }).click();
      await expect(dialog.getByText(/shown only once/)).toBeVisible();
    },
    dialog: /agent token/i,
  },
  {
    name: 'register an agent',
    url: `${links.deployment('ML Engineering', 'ml-inference-edge', 'remote-agents')}?register=1`,
    heading: 'ml-inference-edge',
    open: async () => {},
    dialog: 'Register a Remote Agent',
  },
  {
    name: 'demo controls',
    url: links.workspaces(),
    heading: 'Workspaces',
    open: (p) => p.getByRole('button', { name: 'Demo controls' }).click(),
    dialog: 'Demo controls',
  },
];

for (const { name, url, heading, open, dialog } of DIALOGS) {
  test(`the ${name} dialog passes axe in light and dark mode`, async ({ demo: page }) => {
    await page.goto(url);
    await new ConsolePage(page).heading(heading).waitFor();
    await open(page);
    await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
    await expectNoAxeViolationsInBothThemes(page);
  });
}
