import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import { notificationsSupported } from '../lib/browserNotification';
import { useStatusWatch } from './statusWatch';

/** The opt-in: asks the browser for permission only when switched on. */
export function NotifySwitch() {
  const notify = useStatusWatch((s) => s.notify);
  const setNotify = useStatusWatch((s) => s.setNotify);
  const supported = notificationsSupported();
  const denied = supported && Notification.permission === 'denied';
  const toggle = async (on: boolean) => {
    if (!on || !supported) return setNotify(false);
    const permission = Notification.permission === 'granted' ? 'granted' : await Notification.requestPermission();
    setNotify(permission === 'granted');
  };
  return (
    <FormControlLabel
      control={<Switch checked={notify} disabled={!supported || denied} onChange={(event) => void toggle(event.target.checked)} />}
      label={denied ? 'Browser notifications are blocked for this site' : 'Notify me in the browser when it is ready'}
    />
  );
}
