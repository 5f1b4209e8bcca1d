import { expect, type Page } from '@playwright/test';
import { ConsolePage } from './ConsolePage';

/** The Environment tab of a Deployment and its dialogs, found by role and label. */
export class EnvironmentPage {
  readonly console: ConsolePage;
  constructor(readonly page: Page) {
    this.console = new ConsolePage(page);
  }

  /** One page load; no reload after it, so the in-page demo backend keeps secret values in memory. */
  async open(workspace: string, deployment: string) {
    await this.console.openDeployment(workspace, deployment, 'environment');
    await this.table().waitFor();
  }

  table() {
    return this.page.getByRole('table', { name: 'Environment variables' });
  }

  row(key: string) {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByText(key, { exact: true }) });
  }

  status() {
    return this.page
      .locator('main')
      .getByText(/^(Healthy|Deploying|Unhealthy|Creating|Unknown|Hibernating)$/)
      .first();
  }

  variableDialog() {
    return this.page.getByRole('dialog', { name: /^(Add variable|Edit )/ });
  }

  async add(key: string, value: string, { secret = false } = {}) {
    await this.page.getByRole('button', { name: 'Add variable' }).click();
    const dialog = this.variableDialog();
    await dialog.getByRole('textbox', { name: 'Key' }).fill(key);
    if (secret) await dialog.getByRole('checkbox', { name: 'Secret' }).check();
    await dialog.getByLabel(secret ? 'Secret value' : 'Value', { exact: true }).fill(value);
    await dialog.getByRole('button', { name: 'Add to list' }).click();
    await expect(dialog).toBeHidden();
  }

  async edit(key: string, value: string) {
    await this.page.getByRole('button', { name: `Edit ${key}`, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: `Edit ${key}` });
    await dialog.getByLabel('Value', { exact: true }).fill(value);
    await dialog.getByRole('button', { name: 'Update in list' }).click();
    await expect(dialog).toBeHidden();
  }

  reviewDialog() {
    return this.page.getByRole('dialog', { name: /^Review changes/ });
  }

  async openReview() {
    await this.page.getByRole('button', { name: 'Review and apply' }).click();
    await this.reviewDialog().waitFor();
  }

  async apply() {
    await this.reviewDialog()
      .getByRole('button', { name: /^Apply \d+ changes?$/ })
      .click();
  }

  mergeDialog() {
    return this.page.getByRole('dialog', { name: 'The variables changed while you were editing' });
  }

  importDialog() {
    return this.page.getByRole('dialog', { name: 'Import variables' });
  }

  /** Clicks an export entry and returns the downloaded file's text. */
  async export(format: '.env' | 'JSON'): Promise<{ name: string; text: string }> {
    await this.page.getByRole('button', { name: 'Export' }).click();
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('menuitem', { name: `Export saved variables as ${format}` }).click();
    const file = await download;
    const { readFile } = await import('node:fs/promises');
    return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
  }

  /** The Deployment as the API returns it, fetched from inside the page (same demo backend). */
  async apiDeployment(): Promise<{ id: string; organizationId: string; environmentVariables: Array<{ key: string; isSecret: boolean; value?: string }> }> {
    const [, organizationId, deploymentId] = /organizations\/([^/]+)\/workspaces\/[^/]+\/deployments\/([^/]+)/.exec(this.page.url())!;
    return this.page.evaluate(
      async ([org, id]) => (await fetch(`/api/v1/organizations/${org}/deployments/${id}`, { headers: { Authorization: 'Bearer demo' } })).json(),
      [organizationId!, deploymentId!],
    );
  }

  /** Demo-only: whether the backend still holds `value` for the secret `key` (it never returns the value). */
  async secretCheck(deploymentId: string, key: string, value: string): Promise<{ state: string; matches: boolean }> {
    return this.page.evaluate(
      async ([id, k, v]) =>
        (
          await fetch(`/api/v1/x-demo/deployments/${id}/secret-check`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ key: k, value: v }),
          })
        ).json(),
      [deploymentId, key, value],
    );
  }

  /** Everything the page keeps in the browser: DOM, both storages and every IndexedDB store. */
  async everythingStored(): Promise<string> {
    return this.page.evaluate(async () => {
      const parts = [document.documentElement.outerHTML, JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
      for (const info of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open(info.name!);
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        for (const store of Array.from(db.objectStoreNames)) {
          const all = await new Promise<unknown[]>((resolve) => {
            const req = db.transaction(store).objectStore(store).getAll();
            req.onsuccess = () => resolve(req.result);
          });
          parts.push(JSON.stringify(all));
        }
        db.close();
      }
      parts.push(`indexedDB databases: ${(await indexedDB.databases()).length}`);
      return parts.join('\n');
    });
  }
}
