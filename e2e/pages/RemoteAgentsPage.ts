import type { Page } from '@playwright/test';

/** The Remote Agents tab of a Deployment, and its token dialog and register wizard. */
export class RemoteAgentsPage {
  constructor(readonly page: Page) {}

  async open(workspace: string, deployment: string) {
    await this.page.goto('/');
    await this.page.getByRole('table', { name: 'Workspaces' }).getByRole('link', { name: workspace, exact: true }).click();
    await this.page.getByRole('table', { name: 'Deployments' }).getByRole('link', { name: deployment, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: deployment }).waitFor();
    await this.page.getByRole('tab', { name: 'Remote Agents' }).click();
  }

  view(name: 'Agents' | 'Tokens') {
    return this.page.getByRole('group', { name: 'Remote agents view' }).getByRole('button', { name });
  }

  tokensTable() {
    return this.page.getByRole('table', { name: 'Agent tokens' });
  }

  agentsTable() {
    return this.page.getByRole('table', { name: 'Remote agents' });
  }

  tokenDialog() {
    return this.page.getByRole('dialog', { name: /agent token/i });
  }

  wizard() {
    return this.page.getByRole('dialog', { name: 'Register a Remote Agent' });
  }

  preview() {
    return this.wizard().getByRole('region', { name: 'values.yaml preview' });
  }

  async chooseTokenSource(label: RegExp) {
    await this.wizard().getByRole('radiogroup', { name: 'How the agents get their token' }).getByRole('radio', { name: label }).check();
  }
}
