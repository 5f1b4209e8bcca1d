import type { Page } from '@playwright/test';
import { ConsolePage } from './ConsolePage';

/** The Remote Agents tab of a Deployment, and its token dialog and register wizard. */
export class RemoteAgentsPage {
  constructor(readonly page: Page) {}

  /** `search` opens a view or the wizard directly, e.g. `?view=tokens` or `?register=1`. */
  async open(workspace: string, deployment: string, search = '') {
    await new ConsolePage(this.page).openDeployment(workspace, deployment, 'remote-agents', search);
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
