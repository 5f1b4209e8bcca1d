import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderRoute } from '../../../../test/render';
import { SEED_IDS } from '../../../../mocks/seed';

const WIZARD = `/organizations/${SEED_IDS.organization}/workspaces/any/deployments/${SEED_IDS.deployments.edgeOrchestrator}/remote-agents?register=1`;
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.agent-token-value';
const PULL = '{"auths":{"images.astronomer.cloud":{"auth":"cGFzc3dvcmQtdmFsdWU="}}}';
const LINEAGE = 'lineage-api-key-value';

describe('secrets written into values.yaml', () => {
  it('warns the same way about each, names them all at the download, and keeps them out of the preview until asked', async () => {
    const { user } = renderRoute(WIZARD);
    const dialog = await screen.findByRole('dialog', { name: 'Register a Remote Agent' });
    const choose = async (group: string, option: RegExp) =>
      user.click(within(within(dialog).getByRole('radiogroup', { name: group })).getByRole('radio', { name: option }));
    const fill = async (field: HTMLElement, value: string) => (await user.click(field), await user.paste(value));

    await choose('How the agents get their token', /Written into values.yaml/);
    await fill(within(dialog).getByLabelText('Agent token', { selector: 'input' }), TOKEN);
    await choose('Credentials for images.astronomer.cloud', /Paste dockerconfigjson/);
    await fill(within(dialog).getByRole('textbox', { name: 'dockerconfigjson' }), PULL);
    await choose('API key (a Deployment API token)', /Written into values.yaml/);
    await fill(within(dialog).getByLabelText('OpenLineage API key', { selector: 'input' }), LINEAGE);

    const warnings = within(dialog).getAllByText(/will sit in values.yaml in plain text/);
    expect(warnings.map((w) => w.textContent?.split(' will sit')[0])).toEqual([
      'The agent token',
      'The image pull dockerconfigjson',
      'The OpenLineage API key',
    ]);
    expect(
      within(dialog).getByText(/^This file will hold the agent token, the image pull dockerconfigjson, and the OpenLineage API key in plain text/),
    ).toBeInTheDocument();

    const preview = within(dialog).getByRole('region', { name: 'values.yaml preview' });
    for (const secret of [TOKEN, 'cGFzc3dvcmQtdmFsdWU=', LINEAGE]) expect(preview).not.toHaveTextContent(secret);
    expect(preview).toHaveTextContent('agentToken: "•••••• (hidden)"');
    expect(preview).toHaveTextContent('# WARNING: the OpenLineage API key is in this file');

    await user.click(within(dialog).getByRole('switch', { name: 'Show secrets in the preview' }));
    expect(preview).toHaveTextContent(`agentToken: "${TOKEN}"`);
    expect(preview).toHaveTextContent('cGFzc3dvcmQtdmFsdWU=');
    expect(preview).toHaveTextContent(LINEAGE);
  });
});
