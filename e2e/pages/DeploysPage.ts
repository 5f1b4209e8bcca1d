import { expect, type Page } from '@playwright/test';
import { ConsolePage } from './ConsolePage';

/** A Deployment's overview and deploy history, found by role and label. */
export class DeploysPage {
  readonly console: ConsolePage;
  constructor(readonly page: Page) {
    this.console = new ConsolePage(page);
  }

  async openDeployment(workspace: string, name: string, tab: 'overview' | 'deploys' = 'overview') {
    await this.console.openDeployment(workspace, name, tab);
  }

  tab(name: 'Overview' | 'Deploy history') {
    return this.page.getByRole('tab', { name });
  }

  runsNow() {
    return this.page.getByRole('region', { name: 'What runs now' });
  }

  /** The value after a label in the "What runs now" list. */
  field(label: string) {
    return this.runsNow().locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  }

  currentImageTag() {
    return this.field('Docker image').locator('code').first();
  }

  currentBundle() {
    return this.field('DAG bundle version').locator('code').first();
  }

  /** The Deployment's status badge, by the text it shows. */
  statusBadge(status: 'Deploying' | 'Healthy') {
    return this.page.getByRole('main').getByText(status, { exact: true }).first();
  }

  history() {
    return this.page.getByRole('table', { name: 'Deploy history' });
  }

  rows() {
    return this.history().locator('tbody tr');
  }

  async chooseFilter(label: 'Type' | 'Status', option: string) {
    await this.page.getByRole('combobox', { name: label }).selectOption({ label: option });
  }

  async simulate(kind: 'Image and DAGs' | 'DAG-only' | 'Image only' | 'Bundle') {
    await this.page.getByRole('button', { name: 'Simulate deploy' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Simulate a deploy' });
    await dialog.getByRole('radio', { name: new RegExp(`^${kind} `) }).check();
    await dialog.getByRole('button', { name: 'Start deploy' }).click();
    await expect(dialog).toBeHidden();
  }
}
