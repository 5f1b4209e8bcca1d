import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderRoute } from '../../test/render';
import { demoDb, recordRequests, server } from '../../test/server';

/** Opens the delete confirmation of the empty Sandbox Workspace (the one typed-confirmation dialog, ConfirmDialog). */
async function openDeleteSandbox() {
  const view = renderRoute('/');
  const table = await screen.findByRole('table', { name: 'Workspaces' });
  const row = within(table).getByRole('link', { name: 'Sandbox' }).closest('tr')!;
  await waitFor(() => expect(within(row).getAllByRole('cell')[2]).toHaveTextContent(/^0$/));
  await view.user.click(screen.getByRole('button', { name: 'Delete Sandbox' }));
  const dialog = await screen.findByRole('dialog', { name: 'Delete Sandbox?' });
  return { ...view, dialog, field: within(dialog).getByRole('textbox', { name: 'Type Sandbox to confirm' }) };
}

describe('ConfirmDialog with a typed confirmation', () => {
  it('confirms with Enter in the field once the text matches, and not before', async () => {
    const { user, field } = await openDeleteSandbox();
    const seen = recordRequests();
    await user.type(field, 'Sandbo{Enter}');
    expect(seen.filter((r) => r.startsWith('DELETE'))).toEqual([]);
    expect(screen.getByRole('dialog', { name: 'Delete Sandbox?' })).toBeInTheDocument();

    await user.type(field, 'x{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(seen.filter((r) => r.startsWith('DELETE'))).toHaveLength(1);
    expect(demoDb.state.workspaces.some((w) => w.name === 'Sandbox')).toBe(false);
    server.events.removeAllListeners();
  });
});
