import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { onlineManager } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { renderRoute } from '../../test/render';
import { demoDb, server } from '../../test/server';
import { failing } from '../../test/errors';

async function openWorkspaces() {
  const view = renderRoute('/');
  await screen.findByRole('table', { name: 'Workspaces' });
  return view;
}

function rowOf(name: string) {
  return screen.getByRole('link', { name }).closest('tr') as HTMLElement;
}

/** Edits Data Platform and saves against a server that answers 400 with one field error; returns the dialog. */
async function saveEditRefusedWith(refusal: { message: string; field: string; code: string; fieldMessage: string }) {
  const { user } = await openWorkspaces();
  await user.click(screen.getByRole('button', { name: 'Edit Data Platform' }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit Data Platform' });
  const { http, HttpResponse } = await import('msw');
  const fieldErrors = [{ field: refusal.field, code: refusal.code, message: refusal.fieldMessage }];
  server.use(
    http.post('*/v1/organizations/:organizationId/workspaces/:workspaceId', () =>
      HttpResponse.json({ statusCode: 400, message: refusal.message, requestId: 'r1', fieldErrors }, { status: 400 }),
    ),
  );
  await user.click(within(dialog).getByRole('button', { name: 'Save' }));
  return dialog;
}

describe('WorkspacesPage', () => {
  it('opens the first Organization and lists its Workspaces with their Deployment counts', async () => {
    const { router } = await openWorkspaces();
    expect(router.state.location.pathname).toMatch(/^\/organizations\/[^/]+\/workspaces$/);
    const rows = within(screen.getByRole('table', { name: 'Workspaces' })).getAllByRole('row');
    expect(rows.length).toBeGreaterThanOrEqual(4);
    await waitFor(() => expect(within(rowOf('Sandbox')).getAllByRole('cell')[2]).toHaveTextContent(/^0$/));
    expect(Number(within(rowOf('Data Platform')).getAllByRole('cell')[2]!.textContent)).toBeGreaterThan(0);
  });

  it('refuses an empty name at the field, then creates the Workspace', async () => {
    const { user } = await openWorkspaces();
    await user.click(screen.getByRole('button', { name: 'Workspace' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create Workspace' });
    await user.click(within(dialog).getByRole('button', { name: 'Create Workspace' }));
    expect(await within(dialog).findByText('Name is required.')).toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: /Name/ }), 'Finance Reporting');
    await user.type(within(dialog).getByRole('textbox', { name: 'Description' }), 'Month-end close pipelines');
    await user.click(within(dialog).getByRole('button', { name: 'Create Workspace' }));
    expect(await screen.findByRole('link', { name: 'Finance Reporting' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('keeps what was typed when the server fails, shows its message and request id, and retries', async () => {
    const { user } = await openWorkspaces();
    server.use(failing('post', '/organizations/:organizationId/workspaces', 500, 'Database unavailable'));
    await user.click(screen.getByRole('button', { name: 'Workspace' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create Workspace' });
    await user.type(within(dialog).getByRole('textbox', { name: /Name/ }), 'Kept Name');
    await user.click(within(dialog).getByRole('button', { name: 'Create Workspace' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Database unavailable');
    expect(alert).toHaveTextContent('req-test-500');
    expect(within(dialog).getByRole('textbox', { name: /Name/ })).toHaveValue('Kept Name');

    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'Kept Name' })).toBeInTheDocument();
  });

  it('offline, says so, and a save fails at once with what happened instead of waiting unseen', async () => {
    const { user } = await openWorkspaces();
    vi.stubGlobal('navigator', { ...navigator, onLine: false });
    onTestFinished(() => {
      vi.unstubAllGlobals();
      act(() => onlineManager.setOnline(true));
    });
    act(() => {
      onlineManager.setOnline(false);
      window.dispatchEvent(new Event('offline'));
    });
    expect(screen.getByText(/^You are offline\. Nothing can be saved until the connection is back/)).toHaveAttribute('role', 'status');
    server.use(http.post('*/v1/organizations/:organizationId/workspaces', () => HttpResponse.error()));
    await user.click(screen.getByRole('button', { name: 'Workspace' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create Workspace' });
    await user.type(within(dialog).getByRole('textbox', { name: /Name/ }), 'Typed offline');
    await user.click(within(dialog).getByRole('button', { name: 'Create Workspace' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('You are offline: nothing was sent.');
    expect(within(dialog).getByRole('button', { name: 'Create Workspace' })).toBeEnabled();
    expect(within(dialog).getByRole('textbox', { name: /Name/ })).toHaveValue('Typed offline');
  });

  it('puts server field errors under their field', async () => {
    const dialog = await saveEditRefusedWith({ message: 'Invalid request', field: 'name', code: 'unique', fieldMessage: 'That name is taken.' });
    expect(await within(dialog).findByText('That name is taken.')).toBeInTheDocument();
  });

  it('shows a field error the form has no field for in the banner, so its message is not lost', async () => {
    const dialog = await saveEditRefusedWith({
      message: 'Organization quota reached',
      field: 'organizationId',
      code: 'quota',
      fieldMessage: 'Too many Workspaces.',
    });
    expect(await within(dialog).findByText(/Organization quota reached/)).toBeInTheDocument();
  });

  it('an edit keeps what someone else changed meanwhile, and stops on the same field changed by both', async () => {
    const { user } = await openWorkspaces();
    const id = demoDb.state.workspaces.find((w) => w.name === 'Data Platform')!.id;
    const stored = () => demoDb.state.workspaces.find((w) => w.id === id)!;
    await user.click(screen.getByRole('button', { name: 'Edit Data Platform' }));
    let dialog = await screen.findByRole('dialog', { name: 'Edit Data Platform' });
    const description = within(dialog).getByRole('textbox', { name: 'Description' });
    await user.clear(description);
    await user.type(description, 'Mine');
    stored().cicdEnforcedDefault = false; // another tab turned it off
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Saved Data Platform\. Kept what someone else changed meanwhile: Enforce CI\/CD deploys by default/)).toBeInTheDocument();
    expect(stored()).toMatchObject({ description: 'Mine', cicdEnforcedDefault: false });

    await user.click(screen.getByRole('button', { name: 'Edit Data Platform' }));
    dialog = await screen.findByRole('dialog', { name: 'Edit Data Platform' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Data Platform 2');
    stored().name = 'Data Platform (theirs)';
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const notice = await within(dialog).findByRole('alert');
    expect(notice).toHaveTextContent('Name: now “Data Platform (theirs)”; yours “Data Platform 2”');
    expect(stored().name).toBe('Data Platform (theirs)');
    await user.click(within(notice).getByRole('button', { name: 'Save mine over theirs' }));
    await waitFor(() => expect(stored().name).toBe('Data Platform 2'));
  });

  it('will not delete a Workspace that still has Deployments', async () => {
    const { user } = await openWorkspaces();
    await user.click(screen.getByRole('button', { name: 'Delete Data Platform' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Data Platform?' });
    expect(dialog).toHaveTextContent(/still has \d+ Deployments?/);
    expect(within(dialog).getByRole('button', { name: 'Delete Workspace' })).toBeDisabled();
  });

  it('deletes an empty Workspace only after its name is typed', async () => {
    const { user } = await openWorkspaces();
    await waitFor(() => expect(within(rowOf('Sandbox')).getAllByRole('cell')[2]).toHaveTextContent(/^0$/));
    await user.click(screen.getByRole('button', { name: 'Delete Sandbox' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Sandbox?' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete Workspace' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: 'Type Sandbox to confirm' }), 'Sandbox');
    await user.click(confirm);
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Sandbox' })).not.toBeInTheDocument());
  });

  it('explains a 403 with the role that is missing', async () => {
    server.use(failing('get', '/organizations/:organizationId/workspaces', 403, 'Forbidden'));
    renderRoute('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Permission denied');
    expect(alert).toHaveTextContent(/Organization Member role/);
  });

  it('sends a 401 to the connection settings', async () => {
    server.use(failing('get', '/organizations', 401, 'Unauthorized'));
    const { router } = renderRoute('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings'));
  });
});
