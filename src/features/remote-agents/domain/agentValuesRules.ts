import type { AgentValuesInput } from './agentValuesInput';
import { fieldError, type FieldError } from '../../../shared/lib/fieldErrors';
import { parseCpu, parseMemoryGi } from '../../../shared/lib/quantities';

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CLASS_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$/;
const QUEUE = /^[A-Za-z0-9_.-]+$/;
const VERSION = /^\d+\.\d+(\.\d+)?$/;
const RUNTIME = /^\d+\.\d+-\d+$/;
// These end up inside the Vault agent's HCL template, so keep them to characters that need no escaping there.
const VAULT_WORD = /^[A-Za-z0-9_.-]+$/;
const VAULT_PATH = /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)+$/;
/** Env vars that carry credentials the chart handles itself: setting them in commonEnv would put a secret in the file. */
const SECRET_ENV = new Set(['ASTRO_AGENT_CLIENT_API_TOKEN', 'OPENLINEAGE_API_KEY']);

/** RFC 1123 label (namespaces, resource names): at most `max` lower-case letters, digits and inner hyphens. */
function kubernetesLabelError(value: string, what: string, max = 63): string | undefined {
  if (!value) return `${what} is required.`;
  if (value.length > max) return `${what} must be at most ${max} characters.`;
  if (!LABEL.test(value)) return `${what} must use lower-case letters, digits and hyphens, and start and end with a letter or digit (RFC 1123).`;
  return undefined;
}

/** RFC 1123 subdomain (secret and ConfigMap names): labels joined by dots, 253 characters at most. */
function kubernetesNameError(value: string, what: string): string | undefined {
  if (!value) return `${what} is required.`;
  if (value.length > 253) return `${what} must be at most 253 characters.`;
  if (!SUBDOMAIN.test(value)) return `${what} must use lower-case letters, digits, hyphens and dots, and start and end with a letter or digit (RFC 1123).`;
  return undefined;
}

function httpsUrlError(value: string, what: string, allowHttp = false): string | undefined {
  if (!value.trim()) return `${what} is required.`;
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || (allowHttp && url.protocol === 'http:')) return undefined;
  } catch {
    // falls through to the message below
  }
  return `${what} must be an ${allowHttp ? 'http(s)' : 'https'} URL.`;
}

function intError(value: number, what: string, min: number, max: number): string | undefined {
  if (!Number.isInteger(value)) return `${what} must be a whole number.`;
  if (value < min || value > max) return `${what} must be between ${min} and ${max}.`;
  return undefined;
}

function dockerConfigError(data: string): string | undefined {
  if (!data.trim()) return 'Paste the dockerconfigjson, or use an existing secret.';
  try {
    const parsed = JSON.parse(data) as { auths?: unknown };
    if (parsed && typeof parsed.auths === 'object' && parsed.auths !== null) return undefined;
  } catch {
    return 'This is not valid JSON.';
  }
  return 'A dockerconfigjson needs an "auths" object.';
}

/** Every reason the values cannot be downloaded yet, under the form field it belongs to. */
export function validateAgentValues(input: AgentValuesInput): FieldError[] {
  const errors: FieldError[] = [];
  const check = (field: string, message: string | undefined, code: FieldError['code'] = 'format') => {
    if (message) errors.push(fieldError(field, code, message));
  };

  check('resourceNamePrefix', kubernetesLabelError(input.resourceNamePrefix, 'Resource name prefix', 40));
  check('namespace', kubernetesLabelError(input.namespace, 'Namespace'));
  check('astroDeploymentAPIURL', httpsUrlError(input.astroDeploymentAPIURL, 'Deployment API URL'));
  check('runtimeVersion', RUNTIME.test(input.runtimeVersion) ? undefined : 'Use an Airflow 3 Runtime version such as 3.1-2.');
  check('pythonVersion', VERSION.test(input.pythonVersion) ? undefined : 'Use a Python version such as 3.12.');
  check('agentVersion', VERSION.test(input.agentVersion) ? undefined : 'Use an agent version such as 1.4.2.');

  const { token } = input;
  if (token.source === 'secret') check('token.secretName', kubernetesNameError(token.secretName, 'Secret name'));
  if (token.source === 'inline')
    check(
      'token.value',
      token.value.trim() ? (/\s/.test(token.value) ? 'A token has no spaces or line breaks.' : undefined) : 'Paste the agent token.',
      'required',
    );
  if (token.source === 'vault') {
    check('token.vault.address', httpsUrlError(token.vault.address, 'Vault address', true));
    check('token.vault.role', VAULT_WORD.test(token.vault.role) ? undefined : 'Use letters, digits, dots, hyphens and underscores.', 'required');
    check('token.vault.secretPath', VAULT_PATH.test(token.vault.secretPath) ? undefined : 'Use a path such as secret/data/astro/agent-token.', 'required');
    check('token.vault.image', token.vault.image.trim() ? undefined : 'Vault image is required.', 'required');
  }
  if (input.imagePull.source === 'secret') check('imagePull.secretName', kubernetesNameError(input.imagePull.secretName, 'Secret name'));
  else check('imagePull.data', dockerConfigError(input.imagePull.data));

  // Helm would create the namespace in the same step that needs the secrets, which cannot exist before it.
  const usesExistingSecrets =
    token.source === 'secret' || input.imagePull.source === 'secret' || (input.openLineage.enabled && input.openLineage.keySource === 'secret');
  if (input.createNamespace && usesExistingSecrets) {
    check('createNamespace', 'Existing secrets need the namespace first: create it yourself, or switch every secret to another option.', 'conflict');
  }

  const ol = input.openLineage;
  if (ol.enabled) {
    if (ol.keySource === 'secret') check('openLineage.secretName', kubernetesNameError(ol.secretName, 'Secret name'));
    if (ol.keySource === 'inline') check('openLineage.apiKey', ol.apiKey.trim() ? undefined : 'Paste the API key.', 'required');
    check('openLineage.namespace', ol.namespace.trim() ? undefined : 'OpenLineage namespace is required.', 'required');
    check('openLineage.url', httpsUrlError(ol.url, 'OpenLineage URL'));
  }
  check(
    'secretBackend',
    CLASS_PATH.test(input.secretBackend) ? undefined : 'Use a Python class path such as airflow.secrets.local_filesystem.LocalFilesystemBackend.',
  );
  check('xcomBackend', CLASS_PATH.test(input.xcomBackend) ? undefined : 'Use a Python class path.');

  const bundleNames = new Set<string>();
  input.dagBundles.forEach((b, i) => {
    const at = `dagBundles[${i}]`;
    check(`${at}.name`, !b.name.trim() ? 'Bundle name is required.' : bundleNames.has(b.name) ? 'Bundle names must be unique.' : undefined, 'required');
    bundleNames.add(b.name);
    check(`${at}.gitConnId`, b.gitConnId.trim() ? undefined : 'Git connection ID is required.', 'required');
    check(`${at}.trackingRef`, b.trackingRef.trim() ? undefined : 'Branch or tag is required.', 'required');
    check(`${at}.refreshInterval`, intError(b.refreshInterval, 'Refresh interval', 0, 86_400));
  });

  const envNames = new Set<string>();
  input.commonEnv.forEach((e, i) => {
    const at = `commonEnv[${i}].name`;
    if (!ENV_NAME.test(e.name)) check(at, 'Use letters, digits and underscores, not starting with a digit.');
    else if (SECRET_ENV.has(e.name)) check(at, `${e.name} is a credential; choose how to provide it above instead.`, 'conflict');
    else if (envNames.has(e.name)) check(at, 'Each variable may appear once.', 'unique');
    envNames.add(e.name);
  });

  if (input.workers.length === 0) check('workers', 'Add at least one worker.', 'required');
  const workerNames = new Set<string>();
  input.workers.forEach((w, i) => {
    const at = `workers[${i}]`;
    const nameError = kubernetesLabelError(w.name, 'Worker name', 30) ?? (workerNames.has(w.name) ? 'Worker names must be unique.' : undefined);
    check(`${at}.name`, nameError);
    if (!nameError && `${input.resourceNamePrefix}-worker-${w.name}`.length > 63) {
      check(`${at}.name`, `“${input.resourceNamePrefix}-worker-${w.name}” is longer than 63 characters; shorten the prefix or this name.`);
    }
    workerNames.add(w.name);
    check(
      `${at}.queues`,
      w.queues.length === 0
        ? 'Name at least one queue.'
        : w.queues.every((q) => QUEUE.test(q))
          ? undefined
          : 'Queue names use letters, digits, dots, hyphens and underscores.',
    );
    check(`${at}.replicas`, intError(w.replicas, 'Replicas', 0, 100));
    check(`${at}.syncSlots`, intError(w.syncSlots, 'Sync slots', 1, 1000));
    check(`${at}.resources.cpu`, parseCpu(w.resources.cpu) ? undefined : 'Use a CPU amount such as 1 or 500m.');
    check(`${at}.resources.memory`, parseMemoryGi(w.resources.memory) ? undefined : 'Use a memory amount such as 2Gi or 512Mi.');
    check(`${at}.resources.ephemeralStorage`, parseMemoryGi(w.resources.ephemeralStorage) ? undefined : 'Use an amount such as 1Gi.');
    if (w.autoscaling.enabled) {
      check(`${at}.autoscaling.minReplicas`, intError(w.autoscaling.minReplicas, 'Minimum replicas', 1, 100));
      check(
        `${at}.autoscaling.maxReplicas`,
        intError(w.autoscaling.maxReplicas, 'Maximum replicas', 1, 100) ??
          (w.autoscaling.maxReplicas < w.autoscaling.minReplicas ? 'Maximum must be at least the minimum.' : undefined),
      );
      check(`${at}.autoscaling.targetTasks`, intError(w.autoscaling.targetTasks, 'Target tasks per pod', 1, 1000));
    }
  });
  check('triggerer.replicas', intError(input.triggerer.replicas, 'Triggerer replicas', 0, 20));
  check('triggerer.asyncSlots', intError(input.triggerer.asyncSlots, 'Async slots', 1, 10_000));
  return errors;
}
