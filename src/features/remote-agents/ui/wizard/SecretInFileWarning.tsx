import Alert from '@mui/material/Alert';
import type { FileSecret } from '../../domain/agentValues';

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The one warning for a secret the person chose to write into values.yaml, whichever it is. */
export function SecretInFileWarning({ secret }: { secret: FileSecret | undefined }) {
  if (!secret) return null;
  return (
    <Alert severity="warning">
      {capitalized(secret.name)} will sit in values.yaml in plain text: anyone who gets the file can {secret.risk}. Never commit it, and prefer a Kubernetes
      secret.
    </Alert>
  );
}

/** "the agent token and the OpenLineage API key", for the download step. */
export function secretNames(secrets: FileSecret[]): string {
  return new Intl.ListFormat('en', { type: 'conjunction' }).format(secrets.map((s) => s.name));
}
