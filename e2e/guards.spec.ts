import { expect, expectNoAxeViolations, test } from './fixtures';
import { RemoteAgentsPage } from './pages/RemoteAgentsPage';

// The dialogs that guard against a lost value or a stray action, each checked with axe in the real browser.
test.describe('guards', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a shown-once token asks before Escape closes it', async ({ demo: page }) => {
    const agents = new RemoteAgentsPage(page);
    await agents.open('ML Engineering', 'ml-inference-edge');
    await agents.view('Tokens').click();
    await page.getByRole('button', { name: 'Agent token' }).click();
    await page.getByRole('dialog', { name: 'Create an agent token' }).getByRole('textbox', { name: 'Name' }).fill('guards');
    await page.getByRole('button', { name: 'Create token' }).click();
    const shown = page.getByRole('dialog', { name: 'Agent token created' });
    await expect(shown.getByRole('textbox', { name: 'Token value for guards' })).toHaveValue(/^eyJ/);
    await page.keyboard.press('Escape');
    const ask = page.getByRole('dialog', { name: 'Close without copying the token?' });
    await expect(ask).toBeVisible();
    await expectNoAxeViolations(page);
    await ask.getByRole('button', { name: 'Keep it open' }).click();
    await expect(ask).toBeHidden();
    await expect(shown).toBeVisible();
    await shown.getByRole('button', { name: 'I have copied it, close' }).click();
    await expect(shown).toBeHidden();
  });

  test('secrets written into values.yaml are warned about and hidden in the preview', async ({ demo: page }) => {
    const agents = new RemoteAgentsPage(page);
    await agents.open('ML Engineering', 'ml-inference-edge');
    await page.getByRole('button', { name: 'Register a Remote Agent' }).click();
    await agents.chooseTokenSource(/Written into values.yaml/);
    await agents.wizard().getByRole('textbox', { name: 'Agent token' }).fill('eyJ.e2e-secret');
    await agents
      .wizard()
      .getByRole('radiogroup', { name: 'Credentials for images.astronomer.cloud' })
      .getByRole('radio', { name: /Paste dockerconfigjson/ })
      .check();
    await expect(agents.wizard().getByText(/will sit in values.yaml in plain text/)).toHaveCount(2);
    await expect(agents.wizard().getByText(/^This file will hold the agent token and the image pull dockerconfigjson/)).toBeVisible();
    await expect(agents.preview()).not.toContainText('e2e-secret');
    await expectNoAxeViolations(page);
    await agents.wizard().getByRole('switch', { name: 'Show secrets in the preview' }).check();
    await expect(agents.preview()).toContainText('agentToken: "eyJ.e2e-secret"');
  });

  test('"Reset demo data" asks first; a typed confirmation confirms with Enter', async ({ demo: page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Demo controls' }).click();
    await page.getByRole('dialog', { name: 'Demo controls' }).getByRole('button', { name: 'Reset demo data' }).click();
    const ask = page.getByRole('dialog', { name: 'Reset the demo data?' });
    await expect(ask).toBeVisible();
    await expectNoAxeViolations(page);
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await expect(ask).toBeHidden();
    await page.getByRole('dialog', { name: 'Demo controls' }).getByRole('button', { name: 'Close' }).click();

    const table = page.getByRole('table', { name: 'Workspaces' });
    await expect(
      table
        .getByRole('row', { name: /Sandbox/ })
        .getByRole('cell')
        .nth(2),
    ).toHaveText('0');
    await page.getByRole('button', { name: 'Delete Sandbox' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete Sandbox?' });
    const typed = confirm.getByRole('textbox', { name: 'Type Sandbox to confirm' });
    // axe runs before the text matches: the confirm button's colour fades in when it turns enabled, and axe
    // would measure the contrast halfway through.
    await typed.fill('Sandbo');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await expect(confirm).toBeVisible();
    await typed.fill('Sandbox');
    await page.keyboard.press('Enter');
    await expect(confirm).toBeHidden();
    await expect(table.getByRole('link', { name: 'Sandbox', exact: true })).toHaveCount(0);
  });
});
