/** The filter choices of the Deployments list, in the order people scan them. */
export const STATUS_OPTIONS = [
  { value: 'HEALTHY', label: 'Healthy' },
  { value: 'UNHEALTHY', label: 'Unhealthy' },
  { value: 'CREATING', label: 'Creating' },
  { value: 'DEPLOYING', label: 'Deploying' },
  { value: 'HIBERNATING', label: 'Hibernating' },
  { value: 'UNKNOWN', label: 'Unknown' },
] as const;

export const EXECUTOR_OPTIONS = [
  { value: 'CELERY', label: 'Celery' },
  { value: 'KUBERNETES', label: 'Kubernetes' },
  { value: 'ASTRO', label: 'Astro' },
] as const;

export const TYPE_OPTIONS = [
  { value: 'STANDARD', label: 'Standard' },
  { value: 'DEDICATED', label: 'Dedicated' },
  { value: 'HYBRID', label: 'Hybrid' },
] as const;
