import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderRoute } from '../../../../test/render';
import { SEED_IDS } from '../../../../mocks/seed';

const CREATE = `/organizations/${SEED_IDS.organization}/workspaces/${SEED_IDS.workspaces.sandbox}/deployments/new`;

/** Opens the create form's queues with "orders" as the name, and types `value` into queue 1's `field`. */
async function queueFieldWith(field: string, value: string) {
  const { user } = renderRoute(CREATE);
  await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'orders');
  await user.click(screen.getByRole('button', { name: /Advanced settings/ }));
  const input = screen.getByRole('spinbutton', { name: `Queue 1 ${field}` });
  await user.clear(input);
  if (value) await user.type(input, value);
  await user.click(screen.getByRole('button', { name: 'Create Deployment' }));
  return input;
}

describe('field errors in the words of the form', () => {
  it('says a fraction is not a whole number, in the label’s words', async () => {
    const input = await queueFieldWith('concurrency', '2.5');
    expect(await screen.findByText('Concurrency must be a whole number.')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText(/workerConcurrency/)).not.toBeInTheDocument();
  });

  it('says an empty number field is required, in the label’s words', async () => {
    await queueFieldWith('max workers', '');
    expect(await screen.findByText('Max workers is required.')).toBeInTheDocument();
    expect(screen.queryByText(/maxWorkerCount/)).not.toBeInTheDocument();
  });
});
