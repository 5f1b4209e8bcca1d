import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Tooltip } from './Tooltip';

function Badge() {
  return (
    <Tooltip title="Scheduler heartbeat missing">
      {(describedBy) => (
        <button type="button" aria-describedby={describedBy}>
          Unhealthy
        </button>
      )}
    </Tooltip>
  );
}

describe('Tooltip', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('describes its trigger, and shows on hover and on keyboard focus', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<Badge />);
    const trigger = screen.getByRole('button', { name: 'Unhealthy' });
    expect(trigger).toHaveAccessibleDescription('Scheduler heartbeat missing');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    await user.hover(trigger);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Scheduler heartbeat missing');
    await user.unhover(trigger);
    act(() => vi.advanceTimersByTime(200));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    await user.tab();
    expect(trigger).toHaveFocus();
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
  });

  it('is dismissed with Escape, without moving the pointer or focus (WCAG 1.4.13)', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<Badge />);
    const trigger = screen.getByRole('button', { name: 'Unhealthy' });
    await user.hover(trigger);
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('stays open while the pointer moves from the trigger onto the tip', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<Badge />);
    const trigger = screen.getByRole('button', { name: 'Unhealthy' });
    await user.hover(trigger);
    const tip = screen.getByRole('tooltip');
    await user.pointer([{ target: trigger }, { target: tip }]);
    act(() => vi.advanceTimersByTime(500));
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
  });

  it('shows one tip at a time: the one under the pointer closes the one kept open by focus', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(
      <>
        <Badge />
        <Tooltip title="No health report for 15 minutes">
          {(describedBy) => (
            <button type="button" aria-describedby={describedBy}>
              Unknown
            </button>
          )}
        </Tooltip>
      </>,
    );
    await user.tab();
    expect(screen.getByRole('button', { name: 'Unhealthy' })).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Scheduler heartbeat missing');

    await user.hover(screen.getByRole('button', { name: 'Unknown' }));
    expect(screen.getAllByRole('tooltip').map((tip) => tip.textContent)).toEqual(['No health report for 15 minutes']);

    // And the tip whose pointer just left goes at once when another opens, not after its close delay.
    await user.unhover(screen.getByRole('button', { name: 'Unknown' }));
    await user.hover(screen.getByRole('button', { name: 'Unhealthy' }));
    expect(screen.getAllByRole('tooltip').map((tip) => tip.textContent)).toEqual(['Scheduler heartbeat missing']);
  });
});
