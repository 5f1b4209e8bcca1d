import { AGENT_TOKEN_SECRET_KEY, type AgentValuesInput } from './agentValuesInput';
import { VAULT_TOKEN_FILE, vaultConfigMapName } from './agentValues';

const HELM_REPO_URL = 'https://helm.astronomer.io';
const HELM_CHART = 'astronomer/astro-remote-execution-agent';
const HELM_RELEASE = 'astro-agent';

export interface InstallStep {
  title: string;
  command: string;
  /** A file the command reads, shown next to it (the Vault agent config). */
  file?: { name: string; content: string };
}

/** POSIX single-quoting, so a value can never end the argument or start a new command. */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9._/=:@%+-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * Reads a secret without echo into a shell variable and pipes it to kubectl, so it never sits on a command line.
 * POSIX only (`stty -echo` and plain `read -r`), so it runs in bash and in zsh, macOS's default shell, whose
 * `read -p` means a coprocess. One line: pasted as several, the `read` would take the next pasted line as the secret.
 */
function fromStdin(prompt: string, variable: string, kubectl: string, template = '%s'): string {
  return [
    'stty -echo 2>/dev/null',
    `printf '%s' ${shellQuote(`${prompt}: `)} >&2`,
    `read -r ${variable}`,
    'stty echo 2>/dev/null',
    'echo >&2',
    // Nothing typed (Enter or Ctrl-D alone) creates no empty secret.
    `[ -n "$${variable}" ] && printf ${shellQuote(template)} "$${variable}" | ${kubectl}`,
    `unset ${variable}`,
  ].join('; ');
}

export function vaultAgentConfig(input: AgentValuesInput): string {
  const { vault } = input.token;
  return [
    'exit_after_auth = true',
    'pid_file = "/tmp/vault-agent.pid"',
    '',
    'auto_auth {',
    '  method "kubernetes" {',
    `    config = { role = "${vault.role}" }`,
    '  }',
    '}',
    '',
    'template {',
    `  destination = "${VAULT_TOKEN_FILE}"`,
    `  contents    = "{{ with secret \\"${vault.secretPath}\\" }}{{ .Data.data.${AGENT_TOKEN_SECRET_KEY} }}{{ end }}"`,
    '}',
    '',
  ].join('\n');
}

/** The commands to run, in order, for the choices made; none of them carries a secret value. */
export function agentInstallSteps(input: AgentValuesInput): InstallStep[] {
  const ns = shellQuote(input.namespace);
  const steps: InstallStep[] = [];
  if (!input.createNamespace) steps.push({ title: 'Create the namespace', command: `kubectl create namespace ${ns}` });
  if (input.token.source === 'secret') {
    steps.push({
      title: 'Create the agent token secret (paste the token when asked)',
      command: fromStdin(
        'Agent token',
        'ASTRO_AGENT_TOKEN',
        `kubectl create secret generic ${shellQuote(input.token.secretName)} -n ${ns} --from-file=${AGENT_TOKEN_SECRET_KEY}=/dev/stdin`,
      ),
    });
  }
  if (input.token.source === 'vault') {
    steps.push({
      title: 'Give the Vault agent its configuration',
      command: `kubectl create configmap ${shellQuote(vaultConfigMapName(input.resourceNamePrefix))} -n ${ns} --from-file=agent.hcl`,
      file: { name: 'agent.hcl', content: vaultAgentConfig(input) },
    });
  }
  if (input.imagePull.source === 'secret') {
    steps.push({
      title: 'Create the image pull secret (paste a Deployment API token when asked)',
      command: fromStdin(
        'Deployment API token',
        'ASTRO_API_TOKEN',
        `kubectl create secret generic ${shellQuote(input.imagePull.secretName)} -n ${ns} --type=kubernetes.io/dockerconfigjson --from-file=.dockerconfigjson=/dev/stdin`,
        '{"auths":{"images.astronomer.cloud":{"username":"cli","password":"%s"}}}',
      ),
    });
  }
  if (input.openLineage.enabled && input.openLineage.keySource === 'secret') {
    steps.push({
      title: 'Create the OpenLineage API key secret (paste a Deployment API token when asked)',
      command: fromStdin(
        'OpenLineage API key',
        'OPENLINEAGE_KEY',
        `kubectl create secret generic ${shellQuote(input.openLineage.secretName)} -n ${ns} --from-file=api-key=/dev/stdin`,
      ),
    });
  }
  steps.push({ title: 'Add the Astronomer Helm repository', command: `helm repo add astronomer ${HELM_REPO_URL} && helm repo update` });
  steps.push({ title: 'Install the agents', command: `helm install ${HELM_RELEASE} ${HELM_CHART} -n ${ns} -f values.yaml` });
  return steps;
}
