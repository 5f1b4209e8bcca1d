import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Toaster, useToast } from './toast';

const show = (message: string) => act(() => useToast.getState().show(message));

describe('Toaster', () => {
  it('shows toasts one after another, so the first is not replaced before anyone reads it', async () => {
    render(<Toaster />);
    show('Saved.');
    show('Creating sales-etl.');
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(screen.queryByText('Creating sales-etl.')).not.toBeInTheDocument();
    expect(screen.getByText('(1 more)')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(await screen.findByText('Creating sales-etl.')).toBeInTheDocument();
    expect(screen.queryByText('Saved.')).not.toBeInTheDocument();
  });

  it('says the same words once when they come twice in a row', async () => {
    render(<Toaster />);
    show('Saved.');
    show('Saved.');
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(useToast.getState().queue).toEqual([]);
  });
});
