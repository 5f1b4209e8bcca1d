// What an environment variable's key and value may be, for every rule that checks one: the env-var editor
// and import, and the Deployment body rules (the demo backend's too).

/** Astro gives no strict key rule; this is the portable shell-variable form the API mock also enforces. */
export const ENV_KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const MAX_KEY_LENGTH = 255;
/** Kubernetes caps a Secret or ConfigMap at 1 MiB; one value far below that keeps the whole list safe. */
export const MAX_VALUE_LENGTH = 32_768;
