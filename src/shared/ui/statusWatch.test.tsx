import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { useAnnounceFinished, useStatusWatch } from './statusWatch';
import { currentToast } from './toast';

/** A Notification global like Chrome for Android's: it exists and is granted, but its constructor throws. */
function androidLikeNotification() {
  const Throwing = vi.fn(function () {
    throw new TypeError("Failed to construct 'Notification': Illegal constructor.");
  });
  vi.stubGlobal('Notification', Object.assign(Throwing, { permission: 'granted' }));
  return Throwing;
}

afterEach(() => {
  vi.unstubAllGlobals();
  useStatusWatch.setState({ watched: {}, notify: false });
});

describe('useAnnounceFinished', () => {
  it('tells of a finished Deployment through the service worker where the Notification constructor throws', async () => {
    const construct = androidLikeNotification();
    const showNotification = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, serviceWorker: { getRegistration: () => Promise.resolve({ showNotification }) } });
    useStatusWatch.setState({ notify: true });
    useStatusWatch.getState().watch('d1', 'sales-etl');

    renderHook(() => useAnnounceFinished([{ id: 'd1', name: 'sales-etl', status: 'HEALTHY' }]));

    expect(currentToast()?.message).toBe('sales-etl is healthy now.');
    expect(construct).toHaveBeenCalled();
    await waitFor(() => expect(showNotification).toHaveBeenCalledWith('Flightdeck', { body: 'sales-etl is healthy now.', tag: 'deployment-d1' }));
  });

  it('still toasts, and does not throw, when there is neither a usable constructor nor a service worker', () => {
    androidLikeNotification();
    vi.stubGlobal('navigator', { ...navigator, serviceWorker: undefined });
    useStatusWatch.setState({ notify: true });
    useStatusWatch.getState().watch('d2', 'ml-train');

    renderHook(() => useAnnounceFinished([{ id: 'd2', name: 'ml-train', status: 'UNHEALTHY' }]));

    expect(currentToast()?.message).toBe('ml-train is unhealthy now.');
    expect(useStatusWatch.getState().watched).toEqual({});
  });
});
