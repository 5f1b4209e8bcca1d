import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { renderRoute } from '../../test/render';
import { demoDb, recordRequests, server } from '../../test/server';
import { SEED_IDS } from '../../mocks/seed';

const ORG = SEED_IDS.organization;
const D = SEED_IDS.deployments;

/**
 * Holds every `POST path` (below /v1) until `release()`: the first write is still in flight when the second click
 * lands, as on a slow network. The held request then goes on to the demo backend.
 */
function holdPosts(path: string) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http.post(`*/v1${path}`, async () => {
      await gate;
      return undefined;
    }),
  );
  return { release };
}

/** Two clicks with no render between them: the worst case of a double-click, whatever the machine's speed. */
function clickTwice(button: HTMLElement) {
  fireEvent.click(button);
  fireEvent.click(button);
}

const posts = (seen: string[], path: string) => seen.filter((r) => r === `POST ${path}`);

afterEach(() => server.events.removeAllListeners());

describe('every create and non-idempotent action is guarded while in flight', () => {
  it('a double-click on "Create Deployment" sends one POST', async () => {
    const held = holdPosts('/organizations/:o/deployments');
    const { user } = renderRoute(`/organizations/${ORG}/workspaces/${SEED_IDS.workspaces.sandbox}/deployments/new`);
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'orders');
    const seen = recordRequests();
    clickTwice(screen.getByRole('button', { name: 'Create Deployment' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Creating…' })).toBeDisabled());
    held.release();
    await screen.findByRole('heading', { level: 1, name: 'orders' });
    expect(posts(seen, '/organizations/ORG/deployments')).toHaveLength(1);
    expect(demoDb.state.deployments.filter((d) => d.name === 'orders')).toHaveLength(1);
  });

  it('a double-click on "Create token" creates one agent token', async () => {
    const held = holdPosts('/organizations/:o/deployments/:d/agent-tokens');
    const { user } = renderRoute(`/organizations/${ORG}/workspaces/any/deployments/${D.edgeOrchestrator}/remote-agents?view=tokens`);
    await screen.findByRole('table', { name: 'Agent tokens' });
    await user.click(screen.getByRole('button', { name: 'Agent token' }));
    const dialog = screen.getByRole('dialog', { name: 'Create an agent token' });
    await user.type(within(dialog).getByRole('textbox', { name: /Name/ }), 'twice');
    const seen = recordRequests();
    clickTwice(within(dialog).getByRole('button', { name: 'Create token' }));
    held.release();
    await screen.findByLabelText('Token value for twice');
    expect(posts(seen, `/organizations/ORG/deployments/${D.edgeOrchestrator}/agent-tokens`)).toHaveLength(1);
  });

  it('a double-click on "Create Workspace" creates one Workspace', async () => {
    const held = holdPosts('/organizations/:o/workspaces');
    const { user } = renderRoute('/');
    await screen.findByRole('table', { name: 'Workspaces' });
    await user.click(screen.getByRole('button', { name: 'Workspace' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create Workspace' });
    await user.type(within(dialog).getByRole('textbox', { name: /Name/ }), 'Finance');
    const seen = recordRequests();
    clickTwice(within(dialog).getByRole('button', { name: 'Create Workspace' }));
    held.release();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(screen.getByRole('table', { name: 'Workspaces' })).getByRole('link', { name: 'Finance' })).toBeInTheDocument();
    expect(posts(seen, '/organizations/ORG/workspaces')).toHaveLength(1);
  });

  it('a double-click on "Start deploy" starts one deploy', async () => {
    const held = holdPosts('/x-demo/deployments/:d/simulate-deploy');
    const d = demoDb.state.deployments.find((x) => x.id === D.salesEtlProd)!;
    const { user } = renderRoute(`/organizations/${ORG}/workspaces/${d.workspaceId}/deployments/${d.id}/deploys`);
    await user.click(await screen.findByRole('button', { name: 'Simulate deploy' }));
    const dialog = await screen.findByRole('dialog');
    const seen = recordRequests();
    clickTwice(within(dialog).getByRole('button', { name: 'Start deploy' }));
    held.release();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(posts(seen, `/x-demo/deployments/${d.id}/simulate-deploy`)).toHaveLength(1);
  });

  it('a double-click on "Roll back" rolls back once', async () => {
    const held = holdPosts('/organizations/:o/deployments/:d/deploys/:deployId/rollback');
    const d = demoDb.state.deployments.find((x) => x.id === D.salesEtlProd)!;
    const { user } = renderRoute(`/organizations/${ORG}/workspaces/${d.workspaceId}/deployments/${d.id}/deploys`);
    const table = await screen.findByRole('table', { name: 'Deploy history' });
    await user.click(within(table).getAllByRole('button', { name: /^Roll back to / })[0]!);
    const dialog = await screen.findByRole('dialog', { name: /^Roll back to / });
    await user.type(within(dialog).getByRole('textbox', { name: 'Description' }), 'Bad release');
    const acknowledge = within(dialog).queryByRole('checkbox');
    if (acknowledge) await user.click(acknowledge);
    const seen = recordRequests();
    clickTwice(within(dialog).getByRole('button', { name: 'Roll back' }));
    held.release();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(seen.filter((r) => r.startsWith('POST ') && r.endsWith('/rollback'))).toHaveLength(1);
  });

  it('a double-click on "Apply" of an imported .env saves once', async () => {
    const d = demoDb.state.deployments.find((x) => x.id === D.salesEtlProd)!;
    const { user } = renderRoute(`/organizations/${ORG}/workspaces/${d.workspaceId}/deployments/${d.id}/environment`);
    await screen.findByRole('table', { name: 'Environment variables' });
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const dialog = screen.getByRole('dialog', { name: 'Import variables' });
    await user.click(within(dialog).getByRole('textbox', { name: 'File content' }));
    await user.paste('NEW_ONE=1');
    await user.click(within(dialog).getByRole('button', { name: 'Preview' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Add 1 to list' }));
    await user.click(await screen.findByRole('button', { name: 'Review and apply' }));
    const held = holdPosts('/organizations/:o/deployments/:d');
    const seen = recordRequests();
    clickTwice(await screen.findByRole('button', { name: 'Apply 1 change' }));
    held.release();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(posts(seen, `/organizations/ORG/deployments/${d.id}`)).toHaveLength(1);
  });
});
