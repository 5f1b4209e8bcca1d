import type { Page } from '@playwright/test';
import { createDemoDb } from '../../src/mocks/demoDb';
import { paths, type DeploymentTab } from '../../src/shared/routes/paths';

/** The seed each test starts from (fixtures.ts), read here so deep links find Workspaces and Deployments by name. */
const seed = createDemoDb().state;

function seeded<T extends { name: string }>(items: readonly T[], name: string, what: string): T {
  const found = items.find((item) => item.name === name);
  if (!found) throw new Error(`The demo seed has no ${what} named "${name}".`);
  return found;
}

/** Console URLs of seeded things, by name: tests open the page they are about, not a walk from `/`. */
export const links = {
  workspaces: () => paths.workspaces(seed.organizations[0]!.id),
  deployments: (workspace: string) => {
    const w = seeded(seed.workspaces, workspace, 'Workspace');
    return paths.deployments(w.organizationId, w.id);
  },
  createDeployment: (workspace: string) => {
    const w = seeded(seed.workspaces, workspace, 'Workspace');
    return paths.createDeployment(w.organizationId, w.id);
  },
  deployment: (workspace: string, name: string, tab?: DeploymentTab) => {
    const w = seeded(seed.workspaces, workspace, 'Workspace');
    const d = seeded(
      seed.deployments.filter((x) => x.workspaceId === w.id),
      name,
      `Deployment in ${workspace}`,
    );
    return paths.deployment(w.organizationId, w.id, d.id, tab);
  },
};

/**
 * The shell and the pages of the console, found by role and label as a person would find them. The open*
 * methods load a page and wait for its heading under the test's timeout, not an assertion's 5 s: a first load
 * boots the whole console (service worker handshake, the demo backend building its seed, the route's chunk).
 */
export class ConsolePage {
  constructor(readonly page: Page) {}

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  /**
   * The header's menu button: the sidebar on a wide screen, the navigation drawer on a narrow one. While the
   * drawer is open, everything behind it (this button too) is hidden from assistive technology.
   */
  navigationButton() {
    return this.page.getByRole('button', { name: 'Toggle navigation', includeHidden: true });
  }

  navigationDrawer() {
    return this.page.getByRole('dialog', { name: 'Navigation' });
  }

  workspacesTable() {
    return this.page.getByRole('table', { name: 'Workspaces' });
  }

  deploymentsTable() {
    return this.page.getByRole('table', { name: 'Deployments' });
  }

  deploymentRows() {
    return this.deploymentsTable().locator('tbody tr');
  }

  async openWorkspaces() {
    await this.page.goto(links.workspaces());
    await this.heading('Workspaces').waitFor();
  }

  /** Clicks through from the Workspaces page. */
  async openWorkspace(name: string) {
    await this.workspacesTable().getByRole('link', { name, exact: true }).click();
    await this.heading(`${name}: Deployments`).waitFor();
  }

  async openDeployments(workspace: string, search = '') {
    await this.page.goto(links.deployments(workspace) + search);
    await this.heading(`${workspace}: Deployments`).waitFor();
  }

  /** Straight to a Deployment's page (one page load); later steps stay in the page, so secrets stay in memory. */
  async openDeployment(workspace: string, name: string, tab?: DeploymentTab, search = '') {
    await this.page.goto(links.deployment(workspace, name, tab) + search);
    // With hidden ones: a dialog that the link opens (?register=1) hides the page behind it from the
    // accessibility tree, and when it opens first, the visible h1 would never be found.
    await this.page.getByRole('heading', { level: 1, name, includeHidden: true }).waitFor();
  }

  /** The demo backend's fault injection: every API call fails with this probability (0 to 1). */
  async setDemoFaults(errorRate: number) {
    await this.page.evaluate(
      (rate) =>
        fetch('/api/v1/x-demo/faults', {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ latencyMs: 0, errorRate: rate }),
        }),
      errorRate,
    );
  }

  filterChip(group: string, option: string) {
    return this.page.getByRole('group', { name: group }).getByRole('button', { name: option, exact: true });
  }

  async chooseFilter(group: string, option: string) {
    await this.filterChip(group, option).click();
  }
}
