import { ConnectionSettings } from '../../features/connection';

export default function SettingsPage() {
  return <ConnectionSettings />;
}
