import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { SEED_IDS } from '../../../mocks/seed';
import { renderRoute } from '../../../test/render';
import { apiError } from '../../../test/errors';
import { demoDb, server } from '../../../test/server';
import { AGENT_CONNECT_MS } from '../../../mocks/lifecycle';
import { buildAgentToken } from '../../../mocks/factories';
import { AGENT_TOKENS_PER_DEPLOYMENT } from '../domain/agentTokenRules';

const ORG = SEED_IDS.organization;
const D = SEED_IDS.deployments;
const WS = 'any';
const at = (deploymentId: string, search = '') => `/organizations/${ORG}/workspaces/${WS}/deployments/${deploymentId}/remote-agents${search}`;

/** Opens the token list of edge-orchestrator, asks for one more token and returns the dialog and its alert. */
async function createOneMoreToken() {
  const { user } = renderRoute(at(D.edgeOrchestrator, '?view=tokens'));
  await screen.findByRole('table', { name: 'Agent tokens' });
  await user.click(screen.getByRole('button', { name: 'Agent token' }));
  const dialog = screen.getByRole('dialog', { name: 'Create an agent token' });
  await user.type(within(dialog).getByRole('textbox', { name: /Name/ }), 'one-more');
  await user.click(within(dialog).getByRole('button', { name: 'Create token' }));
  return { dialog, alert: await within(dialog).findByRole('alert') };
}

describe('Remote Agents tab', () => {
  it('is offered only on Remote Execution Deployments', async () => {
    renderRoute(`/organizations/${ORG}/workspaces/${WS}/deployments/${D.salesEtlProd}/overview`);
    await screen.findByRole('heading', { level: 1, name: 'sales-etl-prod' });
    expect(screen.queryByRole('tab', { name: 'Remote Agents' })).not.toBeInTheDocument();
  });

  it('lists connected agents and cordons one', async () => {
    const { user } = renderRoute(at(D.edgeOrchestrator));
    const table = await screen.findByRole('table', { name: 'Remote agents' });
    expect(within(table).getAllByRole('row')).toHaveLength(7);
    expect(within(table).getByText('DAG processor')).toBeInTheDocument();
    expect(within(table).getByText('default, gpu')).toBeInTheDocument();
    // The reason is the health's accessible description, and its hint on hover and focus (not a title=).
    const unhealthy = within(table).getByText('Unhealthy').closest('[aria-describedby]');
    expect(unhealthy).toHaveAccessibleDescription(/^No heartbeat for 12 minutes/);
    expect(unhealthy).not.toHaveAttribute('title');
    const cordon = within(table).getAllByRole('button', { name: /^Cordon / })[0]!;
    await user.click(cordon);
    expect(await screen.findByText(/takes no new tasks/)).toBeInTheDocument();
  });

  it('sorts the agents by health from its header, worst first, with the sort in the URL', async () => {
    const { user, router } = renderRoute(at(D.edgeOrchestrator));
    const table = await screen.findByRole('table', { name: 'Remote agents' });
    const health = within(table).getByRole('columnheader', { name: 'Health' });
    await user.click(within(health).getByRole('button', { name: 'Health' }));
    expect(health).toHaveAttribute('aria-sort', 'ascending');
    expect(router.state.location.search).toContain('sort=health');
    const first = within(table).getAllByRole('row')[1]!;
    expect(within(first).queryByText('Healthy')).not.toBeInTheDocument();
    const last = within(table).getAllByRole('row').at(-1)!;
    expect(within(last).getByText('Healthy')).toBeInTheDocument();
  });

  it('explains, instead of failing, when a real server has no agents endpoint', async () => {
    server.use(http.get('*/v1/organizations/:o/deployments/:d/remote-agents', () => apiError(404, 'Not Found')));
    renderRoute(at(D.edgeOrchestrator));
    expect(await screen.findByText('This server does not list remote agents')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Register a Remote Agent' })).toBeEnabled();
  });

  it('waits for the first heartbeat, then turns healthy; names the failing step on a rejected token', async () => {
    let now = Date.now();
    demoDb.setClock(() => new Date(now));
    const { user } = renderRoute(at(D.mlInferenceEdge));
    expect(await screen.findByText('Waiting for the first heartbeat')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Simulate agents connecting' }));
    expect(await screen.findByText('4 agents are connecting')).toBeInTheDocument();
    now += AGENT_CONNECT_MS;
    expect(await screen.findByText('4 of 4 agents healthy.', {}, { timeout: 5000 })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Simulate a rejected token' }));
    now += AGENT_CONNECT_MS;
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('Failed at “Authenticated with the agent token”');
    expect(alert).toHaveTextContent(/token was rejected/);
  });

  it('shows a new token once, and keeps it nowhere after the dialog closes', async () => {
    const { user, queryClient } = renderRoute(at(D.edgeOrchestrator, '?view=tokens'));
    await screen.findByRole('table', { name: 'Agent tokens' });
    await user.click(screen.getByRole('button', { name: 'Agent token' }));
    const dialog = screen.getByRole('dialog', { name: 'Create an agent token' });
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));
    expect(within(dialog).getByText('Name is required.')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /Name/ }), 'gke-agents');
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));
    const value = ((await screen.findByLabelText('Token value for gke-agents')) as HTMLTextAreaElement).value;
    expect(value).toMatch(/^eyJ/);
    expect(screen.getByText(/shown only once/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'I have copied it, close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('rowheader', { name: /gke-agents/ })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(value);
    await waitFor(() =>
      expect(
        JSON.stringify(
          queryClient
            .getMutationCache()
            .getAll()
            .map((m) => m.state),
        ),
      ).not.toContain(value),
    );
    expect(
      JSON.stringify(
        queryClient
          .getQueryCache()
          .getAll()
          .map((q) => q.state.data),
      ),
    ).not.toContain(value);
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.toContain(value);
  });

  it('gives a clear error at the 50-token limit, however the server words it', async () => {
    // Another client fills the Deployment up to the cap just before this create arrives.
    server.use(
      http.post('*/v1/organizations/:o/deployments/:d/agent-tokens', ({ params }) => {
        const deploymentId = String(params.d);
        const count = () => demoDb.state.agentTokens.filter((t) => t.deploymentId === deploymentId).length;
        while (count() < AGENT_TOKENS_PER_DEPLOYMENT) demoDb.state.agentTokens.push(buildAgentToken({ deploymentId, name: `other-${count()}` }));
        return apiError(400, 'Quota exceeded for this Deployment.');
      }),
    );
    const { dialog, alert } = await createOneMoreToken();
    expect(alert).toHaveTextContent('Agent token limit reached');
    expect(alert).toHaveTextContent('Quota exceeded for this Deployment.');
    expect(alert).toHaveTextContent(`at most ${AGENT_TOKENS_PER_DEPLOYMENT} agent tokens`);
    // Retrying cannot help at the cap.
    expect(within(alert).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /Name/ })).toHaveValue('one-more');
  });

  it('offers a retry for a refusal that is not the token limit, even when it mentions a limit', async () => {
    server.use(http.post('*/v1/organizations/:o/deployments/:d/agent-tokens', () => apiError(400, 'Rate limit of the token service hit, try again.')));
    const { alert } = await createOneMoreToken();
    expect(alert).toHaveTextContent('Could not create the agent token');
    expect(alert).toHaveTextContent('Rate limit of the token service hit, try again.');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
  });

  it('deletes a token after confirmation', async () => {
    const { user } = renderRoute(at(D.edgeOrchestrator, '?view=tokens'));
    const table = await screen.findByRole('table', { name: 'Agent tokens' });
    await user.click(within(table).getByRole('button', { name: 'Delete token laptop-test' }));
    await user.click(screen.getByRole('button', { name: 'Delete token' }));
    await waitFor(() => expect(within(table).queryByText('laptop-test')).not.toBeInTheDocument());
  });

  it('validates the wizard before download and moves focus to the problem', async () => {
    const { user } = renderRoute(at(D.edgeOrchestrator, '?register=1'));
    const dialog = await screen.findByRole('dialog', { name: 'Register a Remote Agent' });
    const preview = within(dialog).getByRole('region', { name: 'values.yaml preview' });
    expect(preview).toHaveTextContent('agentTokenSecretName: "astro-agent-token"');
    const ns = within(dialog).getByRole('textbox', { name: 'Namespace' });
    await user.clear(ns);
    await user.type(ns, 'Bad_Namespace');
    expect(preview).toHaveTextContent('namespace: "Bad_Namespace"');
    await user.click(within(dialog).getByRole('button', { name: 'Download values.yaml' }));
    expect(await within(dialog).findByText('Fix the marked field before downloading.')).toBeInTheDocument();
    expect(within(dialog).getByText(/RFC 1123/)).toBeInTheDocument();
    await waitFor(() => expect(ns).toHaveFocus());
  });

  it('shows a field’s problem once the field is left, and follows each keystroke after', async () => {
    const { user } = renderRoute(at(D.edgeOrchestrator, '?register=1'));
    const dialog = await screen.findByRole('dialog', { name: 'Register a Remote Agent' });
    const ns = within(dialog).getByRole('textbox', { name: 'Namespace' });
    await user.clear(ns);
    await user.type(ns, 'Bad_Namespace');
    expect(within(dialog).queryByText(/RFC 1123/)).not.toBeInTheDocument();
    await user.tab();
    expect(await within(dialog).findByText(/Namespace must use lower-case letters/)).toBeInTheDocument();
    expect(ns).toHaveAccessibleDescription(/RFC 1123/);
    await user.clear(ns);
    await user.type(ns, 'good-namespace');
    await waitFor(() => expect(within(dialog).queryByText(/RFC 1123/)).not.toBeInTheDocument());
  });

  it('with no worker left, a download takes focus to the list’s message', async () => {
    const { user } = renderRoute(at(D.edgeOrchestrator, '?register=1'));
    const dialog = await screen.findByRole('dialog', { name: 'Register a Remote Agent' });
    for (const remove of within(dialog).getAllByRole('button', { name: /^Remove worker/ })) await user.click(remove);
    await user.click(within(dialog).getByRole('button', { name: 'Download values.yaml' }));
    const message = await within(dialog).findByText('Add at least one worker.');
    await waitFor(() => expect(message).toHaveFocus());
    expect(within(dialog).getByText('Fix the marked field before downloading.')).toBeInTheDocument();
  });
});
