import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderRoute } from '../../../test/render';
import { recordRequests, server } from '../../../test/server';

afterEach(() => server.events.removeAllListeners());

describe('Demo controls', () => {
  it('asks before "Reset demo data" throws the demo’s changes away', async () => {
    const { user } = renderRoute('/');
    await screen.findByRole('table', { name: 'Workspaces' });
    await user.click(screen.getByRole('button', { name: 'Demo controls' }));
    const panel = await screen.findByRole('dialog', { name: 'Demo controls' });
    const seen = recordRequests();
    await user.click(within(panel).getByRole('button', { name: 'Reset demo data' }));
    const ask = await screen.findByRole('dialog', { name: 'Reset the demo data?' });
    expect(seen.filter((r) => r.startsWith('POST'))).toEqual([]);

    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Reset the demo data?' })).not.toBeInTheDocument());
    expect(seen.filter((r) => r.startsWith('POST'))).toEqual([]);

    await user.click(within(panel).getByRole('button', { name: 'Reset demo data' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Reset the demo data?' })).getByRole('button', { name: 'Reset demo data' }));
    expect(await screen.findByText('Demo data reset')).toBeInTheDocument();
    expect(seen.filter((r) => r.startsWith('POST'))).toEqual(['POST /x-demo/reset']);
  });
});
