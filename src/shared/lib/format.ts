/** `KUBERNETES` -> `Kubernetes`, `EXTRA_LARGE` -> `Extra large`; empty for a missing value. */
export function titleCase(value: string | undefined): string {
  if (!value) return '—';
  const words = value.toLowerCase().split('_');
  return [words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1), ...words.slice(1)].join(' ');
}

const DEPLOY_TYPES: Record<string, string> = {
  IMAGE_AND_DAG: 'Image and DAGs',
  IMAGE_ONLY: 'Image only',
  DAG_ONLY: 'DAG-only',
  BUNDLE: 'Bundle',
};

/** How Astro's UI names deploy types. */
export function deployTypeLabel(type: string | undefined): string {
  return (type && DEPLOY_TYPES[type]) ?? titleCase(type);
}

const PROVIDER_NAMES: Record<string, string> = { AWS: 'AWS', GCP: 'GCP', AZURE: 'Azure' };

/** A cloud provider as people write it: AWS and GCP, but Azure (the API says AZURE). */
export function providerName(provider: string | undefined): string {
  return provider ? (PROVIDER_NAMES[provider] ?? titleCase(provider)) : '';
}
