import { useSyncExternalStore } from 'react';
import Box from '@mui/material/Box';

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** What the browser says about the network, as it changes. */
function useOnline() {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}

/**
 * Says when the browser is offline: saves fail at once then (nothing is queued to go out later unseen), and
 * what is typed stays in its form. When the connection is back the lists refresh by themselves.
 */
export function OfflineNotice() {
  const online = useOnline();
  if (online) return null;
  return (
    // A plain box, not MUI's Alert: the shell is on every first visit, and this shows rarely.
    <Box role="status" sx={{ px: 2, py: 1, bgcolor: 'warning.main', color: 'warning.contrastText', fontSize: '0.875rem' }}>
      You are offline. Nothing can be saved until the connection is back; what you type stays in its form, and the pages refresh when you are online again.
    </Box>
  );
}
