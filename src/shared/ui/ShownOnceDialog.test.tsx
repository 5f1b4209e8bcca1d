import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderRoute } from '../../test/render';
import { SEED_IDS } from '../../mocks/seed';

const TOKENS = `/organizations/${SEED_IDS.organization}/workspaces/any/deployments/${SEED_IDS.deployments.edgeOrchestrator}/remote-agents?view=tokens`;

/** Creates an agent token, whose value the server shows once, and returns its dialog. */
async function showNewToken() {
  const view = renderRoute(TOKENS);
  await screen.findByRole('table', { name: 'Agent tokens' });
  await view.user.click(screen.getByRole('button', { name: 'Agent token' }));
  const form = screen.getByRole('dialog', { name: 'Create an agent token' });
  await view.user.type(within(form).getByRole('textbox', { name: /Name/ }), 'ci-agents');
  await view.user.click(within(form).getByRole('button', { name: 'Create token' }));
  await screen.findByLabelText('Token value for ci-agents');
  return { ...view, dialog: screen.getByRole('dialog', { name: 'Agent token created' }) };
}

describe('ShownOnceDialog (the agent token today)', () => {
  it('asks before Escape closes it, and keeps the value when the person stays', async () => {
    const { user, dialog } = await showNewToken();
    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('dialog', { name: 'Close without copying the token?' });
    expect(ask).toHaveTextContent('can never be shown again');
    await user.click(within(ask).getByRole('button', { name: 'Keep it open' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Close without copying the token?' })).not.toBeInTheDocument());
    expect(dialog).toBeInTheDocument();
    expect((within(dialog).getByLabelText('Token value for ci-agents') as HTMLTextAreaElement).value).toMatch(/^eyJ/);
  });

  it('asks before a click beside it closes it, and closes when the person confirms', async () => {
    const { user, dialog } = await showNewToken();
    // The backdrop-click area is the container around the dialog's paper.
    await user.click(dialog.parentElement!);
    const ask = await screen.findByRole('dialog', { name: 'Close without copying the token?' });
    expect(screen.getByLabelText('Token value for ci-agents')).toBeInTheDocument();
    await user.click(within(ask).getByRole('button', { name: 'Close, I will not need it' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('closes at once through "I have copied it"', async () => {
    const { user, dialog } = await showNewToken();
    await user.click(within(dialog).getByRole('button', { name: 'I have copied it, close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
