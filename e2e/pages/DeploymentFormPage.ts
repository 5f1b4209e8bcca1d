import { expect, type Page } from '@playwright/test';

/** The create/edit Deployment form and the Deployment's header menu, by role and label. */
export class DeploymentFormPage {
  constructor(readonly page: Page) {}

  field(name: string | RegExp) {
    return this.page.getByRole('textbox', { name, exact: typeof name === 'string' });
  }

  number(name: string) {
    return this.page.getByRole('spinbutton', { name, exact: true });
  }

  async choose(label: string, option: string | RegExp) {
    await this.page.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option }).click();
    // The menu fades out after the choice; until it is gone its half-transparent items are still on the page
    // (an axe scan then reports their contrast). A CSS locator, because the closing menu is already
    // aria-hidden, so a role locator stops seeing it before it has left.
    await expect(this.page.locator('[role="option"]')).toHaveCount(0);
  }

  async openAdvanced() {
    const toggle = this.page.getByRole('button', { name: /Advanced settings/ });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }

  badge(label: string) {
    return this.page.getByRole('heading', { level: 1 }).locator('..').locator('..').getByText(label, { exact: true });
  }

  async menu(item: string | RegExp) {
    await this.page.getByRole('button', { name: 'More actions' }).click();
    await this.page.getByRole('menuitem', { name: item }).click();
  }
}
