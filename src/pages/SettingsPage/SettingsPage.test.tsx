import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderRoute } from '../../test/render';
import { useConnection } from '../../shared/api/connection';

describe('SettingsPage', () => {
  it('checks the live connection at its fields and keeps the token out of localStorage', async () => {
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign, origin: window.location.origin });
    const { user } = renderRoute('/settings');
    await user.click(await screen.findByRole('radio', { name: /Live/ }));
    const url = screen.getByRole('textbox', { name: /API base URL/ });
    await user.clear(url);
    await user.type(url, 'api.astronomer.io');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText(/Enter a full URL/)).toBeInTheDocument();
    expect(screen.getByText('Enter an API token.')).toBeInTheDocument();
    expect(assign).not.toHaveBeenCalled();

    await user.clear(url);
    await user.type(url, 'https://api.astronomer.io/v1/');
    await user.type(screen.getByLabelText(/API token/, { selector: 'input[type="password"]' }), 'tok-123');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(assign).toHaveBeenCalledWith('/');
    expect(useConnection.getState()).toMatchObject({ mode: 'live', baseUrl: 'https://api.astronomer.io/v1', token: 'tok-123' });
    expect(JSON.stringify(localStorage)).not.toContain('tok-123');
    expect(sessionStorage.getItem('flightdeck.connection')).toContain('tok-123');
    useConnection.getState().setDemo();
    vi.unstubAllGlobals();
  });

  it('keeps the tab token only for the same API origin, never sending it to a new host', async () => {
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign, origin: window.location.origin });
    useConnection.getState().setLive('https://api.astronomer.io/v1', 'tok-kept');
    const { user } = renderRoute('/settings');
    const url = await screen.findByRole('textbox', { name: /API base URL/ });
    await user.clear(url);
    await user.type(url, 'https://api.example.net/v1');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText('Enter an API token.')).toBeInTheDocument();
    expect(assign).not.toHaveBeenCalled();
    expect(useConnection.getState().baseUrl).toBe('https://api.astronomer.io/v1');

    await user.clear(url);
    await user.type(url, 'https://api.astronomer.io/v1beta1');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(assign).toHaveBeenCalledWith('/');
    expect(useConnection.getState()).toMatchObject({ baseUrl: 'https://api.astronomer.io/v1beta1', token: 'tok-kept' });
    useConnection.getState().setDemo();
    vi.unstubAllGlobals();
  });

  it('served by the production server, offers only the APIs it forwards to', async () => {
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign, origin: window.location.origin });
    const meta = Object.assign(document.createElement('meta'), {
      name: 'flightdeck-upstreams',
      content: 'https://api.astronomer.io/v1 http://127.0.0.1:4010/v1',
    });
    document.head.append(meta);
    try {
      const { user } = renderRoute('/settings');
      await user.click(await screen.findByRole('radio', { name: /Live/ }));
      const api = screen.getByRole('combobox', { name: /API base URL/ });
      expect(
        within(api)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['https://api.astronomer.io/v1', 'http://127.0.0.1:4010/v1']);
      expect(screen.queryByRole('textbox', { name: /API base URL/ })).not.toBeInTheDocument();
      await user.selectOptions(api, 'http://127.0.0.1:4010/v1');
      await user.type(screen.getByLabelText(/API token/, { selector: 'input[type="password"]' }), 'tok-9');
      await user.click(screen.getByRole('button', { name: 'Connect' }));
      expect(assign).toHaveBeenCalledWith('/');
      expect(useConnection.getState()).toMatchObject({ mode: 'live', baseUrl: 'http://127.0.0.1:4010/v1', token: 'tok-9' });
    } finally {
      meta.remove();
      useConnection.getState().setDemo();
      vi.unstubAllGlobals();
    }
  });

  it('after saving, follows returnTo only within the console: /%5Cevil.com goes to the start page', async () => {
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign, origin: window.location.origin });
    const { user } = renderRoute('/settings?returnTo=/%5Cevil.com');
    await user.click(await screen.findByRole('button', { name: 'Use demo mode' }));
    expect(assign).toHaveBeenCalledWith('/');
    vi.unstubAllGlobals();
  });

  it('shows which mode is on in the banner', async () => {
    renderRoute('/settings');
    const banner = await screen.findByRole('region', { name: 'Connection mode' });
    expect(within(banner).getByText(/Demo mode/)).toBeInTheDocument();
  });
});
