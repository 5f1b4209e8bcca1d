import type { Page } from '@playwright/test';

/** The shell and the pages of the console, found by role and label as a person would find them. */
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
    await this.page.goto('/');
    await this.heading('Workspaces').waitFor();
  }

  async openWorkspace(name: string) {
    await this.workspacesTable().getByRole('link', { name, exact: true }).click();
    await this.heading(`${name}: Deployments`).waitFor();
  }

  /** From the start page through the UI (no reload after it), to a Deployment's overview. */
  async openDeployment(workspace: string, name: string) {
    await this.openWorkspaces();
    await this.openWorkspace(workspace);
    await this.deploymentsTable().getByRole('link', { name, exact: true }).click();
    await this.heading(name).waitFor();
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
