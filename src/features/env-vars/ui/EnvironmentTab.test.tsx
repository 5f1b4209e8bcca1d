import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { SEED_IDS } from '../../../mocks/seed';
import { failing } from '../../../test/errors';
import { renderRoute } from '../../../test/render';
import { demoDb, server } from '../../../test/server';

const D = SEED_IDS.deployments.salesEtlProd;
const PATH = `/organizations/${SEED_IDS.organization}/workspaces/${SEED_IDS.workspaces.dataPlatform}/deployments/${D}/environment`;
const UPDATE = '/organizations/:organizationId/deployments/:deploymentId';

async function open(path = PATH) {
  const view = renderRoute(path);
  await screen.findByRole('table', { name: 'Environment variables' });
  return view;
}

async function addVariable(user: ReturnType<typeof renderRoute>['user'], key: string, value: string, secret = false) {
  await user.click(screen.getByRole('button', { name: 'Add variable' }));
  const dialog = screen.getByRole('dialog', { name: 'Add variable' });
  await user.click(within(dialog).getByRole('textbox', { name: 'Key' }));
  await user.paste(key);
  if (secret) await user.click(within(dialog).getByRole('checkbox', { name: 'Secret' }));
  await user.click(within(dialog).getByLabelText(secret ? 'Secret value' : 'Value'));
  await user.paste(value);
  await user.click(within(dialog).getByRole('button', { name: 'Add to list' }));
}

/** Records every update body the page sends, then lets the demo backend answer it. */
function recordUpdates() {
  const bodies: Array<{ environmentVariables: Array<{ key: string; isSecret: boolean; value?: string }> } & Record<string, unknown>> = [];
  server.events.on('request:start', async ({ request }) => {
    if (request.method === 'POST' && /\/deployments\/[^/]+$/.test(new URL(request.url).pathname)) bodies.push(await request.clone().json());
  });
  return bodies;
}

describe('EnvironmentTab', () => {
  it('adds a plain and a secret variable, reviews, applies, and keeps the untouched secrets', async () => {
    const bodies = recordUpdates();
    const { user } = await open();
    const table = screen.getByRole('table', { name: 'Environment variables' });
    expect(within(table).getAllByText('secret · hidden')).toHaveLength(2);
    expect(document.body.textContent).not.toContain('sn0w-Pr0d-2026!');

    await addVariable(user, 'FEATURE_FLAG', 'on');
    await addVariable(user, 'NEW_TOKEN', 'tok-123', true);
    expect(within(table).getByText('secret · new value')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Unsaved changes' })).toHaveTextContent('2 unsaved changes');

    await user.click(screen.getByRole('button', { name: 'Review and apply' }));
    const review = screen.getByRole('dialog', { name: /Review changes/ });
    expect(within(review).getByRole('region', { name: 'Added (to apply)' })).toHaveTextContent('FEATURE_FLAG = “on”');
    expect(within(review).getByRole('region', { name: 'Added (to apply)' })).toHaveTextContent('NEW_TOKEN secret, value set');
    expect(review).not.toHaveTextContent('tok-123');
    expect(review).toHaveTextContent(/restarts the scheduler and workers/);
    await user.click(within(review).getByRole('button', { name: 'Apply 2 changes' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bodies).toHaveLength(1);
    const sent = bodies[0]!;
    expect(sent.environmentVariables).toContainEqual({ key: 'SNOWFLAKE_PASSWORD', isSecret: true });
    expect(sent.environmentVariables).toContainEqual({ key: 'NEW_TOKEN', isSecret: true, value: 'tok-123' });
    expect(sent).toMatchObject({ name: 'sales-etl-prod', schedulerSize: 'MEDIUM', isHighAvailability: true });
    expect(demoDb.secretValue(D, 'SNOWFLAKE_PASSWORD')).toBe('sn0w-Pr0d-2026!');
    expect(demoDb.secretValue(D, 'NEW_TOKEN')).toBe('tok-123');
    expect(await screen.findByText(/is DEPLOYING/)).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain('tok-123');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('tok-123');
  });

  it('checks input at the field and blocks what Astro overrides', async () => {
    const { user } = await open();
    await user.click(screen.getByRole('button', { name: 'Add variable' }));
    const dialog = screen.getByRole('dialog', { name: 'Add variable' });
    const key = within(dialog).getByRole('textbox', { name: 'Key' });
    await user.type(key, '1BAD');
    await user.type(within(dialog).getByLabelText('Value'), 'x');
    await user.click(within(dialog).getByRole('button', { name: 'Add to list' }));
    expect(within(dialog).getByText(/Use letters, digits and underscores/)).toBeInTheDocument();
    expect(key).toHaveFocus();
    await user.clear(key);
    await user.type(key, 'LOG_LEVEL');
    expect(within(dialog).getByText('LOG_LEVEL is already in the list.')).toBeInTheDocument();
    await user.clear(key);
    await user.type(key, 'AIRFLOW__CORE__FERNET_KEY');
    expect(within(dialog).getByText(/Astro always sets this itself/)).toBeInTheDocument();
    await user.clear(key);
    await user.type(key, 'lower_case');
    expect(within(dialog).getByText('Environment variable keys are usually upper case.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Value')).toHaveValue('x');
  });

  it('keeps a secret write-only: editing asks for a replacement and cannot make it plain', async () => {
    const { user } = await open();
    await user.click(screen.getByRole('button', { name: 'Edit SNOWFLAKE_PASSWORD' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit SNOWFLAKE_PASSWORD' });
    expect(within(dialog).getByLabelText('Replace value')).toHaveValue('');
    expect(within(dialog).getByRole('checkbox', { name: 'Secret' })).toBeDisabled();
    expect(within(dialog).getByRole('textbox', { name: 'Key' })).toBeDisabled();
  });

  it('shows a merge instead of overwriting when someone else saved meanwhile', async () => {
    const bodies = recordUpdates();
    const { user } = await open();
    await user.click(screen.getByRole('button', { name: 'Edit LOG_LEVEL' }));
    const value = within(screen.getByRole('dialog')).getByLabelText('Value');
    await user.clear(value);
    await user.type(value, 'DEBUG');
    await user.click(screen.getByRole('button', { name: 'Update in list' }));
    // Someone else changes the same key and adds another.
    const d = demoDb.findDeployment(SEED_IDS.organization, D)!;
    d.environmentVariables = [
      ...d.environmentVariables.map((e) => (e.key === 'LOG_LEVEL' ? { ...e, value: 'WARNING', updatedAt: '2030-01-01T00:00:00Z' } : e)),
      { key: 'THEIRS', isSecret: false, value: 't', updatedAt: '2030-01-01T00:00:00Z' },
    ];

    await user.click(screen.getByRole('button', { name: 'Review and apply' }));
    await user.click(screen.getByRole('button', { name: 'Apply 1 change' }));
    const merge = await screen.findByRole('dialog', { name: 'The variables changed while you were editing' });
    expect(bodies).toHaveLength(0);
    expect(merge).toHaveTextContent('THEIRS');
    expect(within(merge).getByRole('button', { name: 'Use combined list' })).toBeDisabled();
    await user.click(within(merge).getByRole('radio', { name: 'Keep mine: “DEBUG”' }));
    await user.click(within(merge).getByRole('button', { name: 'Use combined list' }));
    await user.click(await screen.findByRole('button', { name: 'Apply 1 change' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]!.environmentVariables).toContainEqual({ key: 'THEIRS', isSecret: false, value: 't' });
    expect(bodies[0]!.environmentVariables).toContainEqual({ key: 'LOG_LEVEL', isSecret: false, value: 'DEBUG' });
  });

  it('keeps the draft through a failed save and a reload, without the typed secret', async () => {
    server.use(failing('post', UPDATE, 500, 'Database unavailable'));
    const first = await open();
    await addVariable(first.user, 'PLAIN_ONE', 'p1');
    await addVariable(first.user, 'SECRET_ONE', 's3cr3t-typed', true);
    await first.user.click(screen.getByRole('button', { name: 'Review and apply' }));
    await first.user.click(screen.getByRole('button', { name: 'Apply 2 changes' }));
    const alert = await within(screen.getByRole('dialog')).findByRole('alert');
    expect(alert).toHaveTextContent('Database unavailable');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
    const stored = JSON.stringify({ ...sessionStorage });
    expect(stored).toContain('PLAIN_ONE');
    expect(stored).not.toContain('s3cr3t-typed');
    first.unmount();

    server.resetHandlers();
    await open();
    expect(screen.getByText(/unsaved changes from earlier in this tab were restored/)).toHaveTextContent('type the new value of SECRET_ONE again');
    expect(screen.getByRole('table', { name: 'Environment variables' })).toHaveTextContent('PLAIN_ONE');
    expect(screen.getByRole('button', { name: 'Review and apply' })).toBeDisabled();
  }, 60_000);

  it('imports a .env file: errors by line first, then a per-key preview', async () => {
    const { user } = await open();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const dialog = screen.getByRole('dialog', { name: 'Import variables' });
    const content = within(dialog).getByRole('textbox', { name: 'File content' });
    await user.click(content);
    await user.paste('LOG_LEVEL=DEBUG\noops\nNEW_ONE=1\nSNOWFLAKE_ACCOUNT=acme-xy12345');
    await user.click(within(dialog).getByRole('button', { name: 'Preview' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Line 2: expected KEY=VALUE');
    await user.clear(within(dialog).getByRole('textbox', { name: 'File content' }));
    await user.paste('LOG_LEVEL=DEBUG\nNEW_ONE=1\nSNOWFLAKE_ACCOUNT=acme-xy12345\nSNOWFLAKE_PASSWORD=plain');
    await user.click(within(dialog).getByRole('button', { name: 'Preview' }));
    const preview = await within(dialog).findByRole('table', { name: 'Import preview' });
    expect(within(dialog).getByRole('status')).toHaveTextContent('1 new · 1 changed · 1 unchanged · 1 conflict');
    expect(preview).toHaveTextContent(/SNOWFLAKE_PASSWORD.*conflict/);
    await user.click(within(dialog).getByRole('button', { name: 'Add 2 to list' }));
    expect(await screen.findByRole('region', { name: 'Unsaved changes' })).toHaveTextContent('2 unsaved changes');
  });

  it('previews a pasted 2,000-line .env at once, without rendering every row, and adds it', async () => {
    const { user } = await open();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const dialog = screen.getByRole('dialog', { name: 'Import variables' });
    await user.click(within(dialog).getByRole('textbox', { name: 'File content' }));
    await user.paste(Array.from({ length: 2000 }, (_, i) => `BULK_${i}=value-${i}`).join('\n'));
    // No Preview click: a long paste goes straight to the preview.
    expect(await within(dialog).findByText('2000 new · 0 changed · 0 unchanged · 0 conflicts', {}, { timeout: 15_000 })).toBeInTheDocument();
    const preview = within(dialog).getByRole('table', { name: 'Import preview' });
    expect(preview).toHaveAttribute('aria-rowcount', '2001');
    expect(within(preview).getAllByRole('row').length).toBeLessThan(60);
    await user.click(within(dialog).getByRole('button', { name: 'Add 2000 to list' }));
    expect(await screen.findByRole('region', { name: 'Unsaved changes' }, { timeout: 15_000 })).toHaveTextContent('2000 unsaved changes');
  }, 60_000);

  it('the import preview refuses what the editor refuses, and notes the ASTRO_ prefix', async () => {
    const { user } = await open();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const dialog = screen.getByRole('dialog', { name: 'Import variables' });
    await user.click(within(dialog).getByRole('textbox', { name: 'File content' }));
    await user.paste('EMPTY_ONE=\nAIRFLOW__CORE__EXECUTOR=LocalExecutor\nASTRO_RUNTIME_FLAG=x\nFINE_ONE=1');
    await user.click(within(dialog).getByRole('button', { name: 'Preview' }));
    const preview = await within(dialog).findByRole('table', { name: 'Import preview' });
    expect(within(dialog).getByRole('status')).toHaveTextContent('2 new · 0 changed · 0 unchanged · 0 conflicts · 2 refused');
    const row = (key: string) => within(preview).getByRole('rowheader', { name: key }).closest('tr')!;
    expect(row('EMPTY_ONE')).toHaveTextContent(/refused.*Value is required\..*Skipped/);
    expect(row('AIRFLOW__CORE__EXECUTOR')).toHaveTextContent(/refused.*It cannot be added\..*Skipped/);
    expect(row('ASTRO_RUNTIME_FLAG')).toHaveTextContent(/new.*Added\. Astro sets ASTRONOMER_\* and ASTRO_\* variables/);
    await user.click(within(dialog).getByRole('button', { name: 'Add 2 to list' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const table = screen.getByRole('table', { name: 'Environment variables' });
    expect(within(table).getByText('FINE_ONE')).toBeInTheDocument();
    expect(within(table).queryByText('EMPTY_ONE')).not.toBeInTheDocument();
    // What the preview let through, the editor accepts.
    expect(screen.getByRole('button', { name: 'Review and apply' })).toBeEnabled();
  });

  it('keeps search and sort in the URL, and the lineage switch sets OPENLINEAGE_DISABLED', async () => {
    const { user, router } = await open(`${PATH}?q=snowflake&sort=-key`);
    const table = screen.getByRole('table', { name: 'Environment variables' });
    const keys = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[0]!.textContent);
    expect(keys).toEqual(['SNOWFLAKE_WAREHOUSE', 'SNOWFLAKE_PASSWORD', 'SNOWFLAKE_ACCOUNT']);
    await user.clear(screen.getByRole('searchbox', { name: 'Search variables' }));
    expect(router.state.location.search).toBe('?sort=key&dir=desc');

    await user.click(screen.getByLabelText('Send lineage to Astro'));
    expect(within(table).getByText('OPENLINEAGE_DISABLED')).toBeInTheDocument();
    expect(within(table).getByText('True')).toBeInTheDocument();
  });

  it('sorts by key from its column header, by mouse or keyboard, and says so with aria-sort', async () => {
    const { user, router } = await open(`${PATH}?q=snowflake`);
    const table = screen.getByRole('table', { name: 'Environment variables' });
    const keys = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell')[0]!.textContent);
    const header = within(table).getByRole('columnheader', { name: 'Key' });
    expect(header).not.toHaveAttribute('aria-sort');
    await user.click(within(header).getByRole('button', { name: 'Key' }));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(router.state.location.search).toBe('?q=snowflake&sort=key');
    expect(keys()).toEqual(['SNOWFLAKE_ACCOUNT', 'SNOWFLAKE_PASSWORD', 'SNOWFLAKE_WAREHOUSE']);
    await user.keyboard('{Enter}');
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(keys()).toEqual(['SNOWFLAKE_WAREHOUSE', 'SNOWFLAKE_PASSWORD', 'SNOWFLAKE_ACCOUNT']);
    expect(screen.getByRole('combobox', { name: 'Sort' })).toHaveValue('key:desc');
  });

  it('saves a Deployment with 1,000 variables without rendering them all', async () => {
    server.use(http.get('*/v1/x-never', () => HttpResponse.json({})));
    const d = demoDb.findDeployment(SEED_IDS.organization, D)!;
    for (let i = 0; i < 1000; i++) d.environmentVariables.push({ key: `GEN_${i}`, isSecret: false, value: `v${i}`, updatedAt: d.createdAt });
    await open();
    const table = screen.getByRole('table', { name: 'Environment variables' });
    expect(within(table).getAllByRole('row').length).toBeLessThan(60);
    expect(screen.getByText('1006 variables')).toBeInTheDocument();
  });
});
