/** `KUBERNETES` -> `Kubernetes`, `EXTRA_LARGE` -> `Extra large`; empty for a missing value. */
export function titleCase(value: string | undefined): string {
  if (!value) return '—';
  const words = value.toLowerCase().split('_');
  return [words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1), ...words.slice(1)].join(' ');
}
