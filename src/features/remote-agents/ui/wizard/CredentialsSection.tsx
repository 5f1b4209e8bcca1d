import { useWatch } from 'react-hook-form';
import Stack from '@mui/material/Stack';
import { FormChoice, FormSwitch, FormText } from './Fields';
import { Section } from './Section';
import { SecretInFileWarning } from './SecretInFileWarning';
import { secretsInValues, type FileSecret } from '../../domain/agentValues';
import type { AgentValuesInput } from '../../domain/agentValuesInput';

export function CredentialsSection() {
  const values = useWatch<AgentValuesInput>() as AgentValuesInput;
  const { source: tokenSource } = values.token;
  const imagePullSource = values.imagePull.source;
  const { enabled: lineageOn, keySource: lineageKey } = values.openLineage;
  const secrets = secretsInValues(values);
  const inFile = (field: FileSecret['field']) => secrets.find((s) => s.field === field);
  return (
    <>
      <Section id="wizard-token" title="Agent token">
        <FormChoice
          name="token.source"
          label="How the agents get their token"
          options={[
            { value: 'secret', label: 'From an existing Kubernetes secret (recommended)' },
            { value: 'inline', label: 'Written into values.yaml (not recommended)' },
            { value: 'vault', label: 'Injected by a Vault agent init container' },
          ]}
        />
        {tokenSource === 'secret' && (
          <FormText name="token.secretName" label="Token secret name" help='The secret holds the token under the key "token"; the commands below create it.' />
        )}
        {tokenSource === 'inline' && (
          <>
            <SecretInFileWarning secret={inFile('token.value')} />
            <FormText name="token.value" label="Agent token" type="password" help="Paste the token you created in the Tokens view." />
          </>
        )}
        {tokenSource === 'vault' && (
          <Stack spacing={2}>
            <FormText name="token.vault.address" label="Vault address" placeholder="https://vault.example.com:8200" />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <FormText name="token.vault.role" label="Vault Kubernetes auth role" />
              <FormText name="token.vault.image" label="Vault image" />
            </Stack>
            <FormText name="token.vault.secretPath" label="Vault secret path" help='KV v2 path; the token is read from its "token" key.' />
          </Stack>
        )}
      </Section>
      <Section id="wizard-image-pull" title="Image pull secret">
        <FormChoice
          name="imagePull.source"
          label="Credentials for images.astronomer.cloud"
          options={[
            { value: 'secret', label: 'An existing docker-registry secret' },
            { value: 'data', label: 'Paste dockerconfigjson (Helm creates the secret)' },
          ]}
        />
        {imagePullSource === 'secret' ? (
          <FormText name="imagePull.secretName" label="Image pull secret name" />
        ) : (
          <>
            <SecretInFileWarning secret={inFile('imagePull.data')} />
            <FormText name="imagePull.data" label="dockerconfigjson" multiline rows={3} placeholder='{"auths":{"images.astronomer.cloud":{"auth":"…"}}}' />
          </>
        )}
        <FormSwitch name="createNamespace" label="Let Helm create the namespace" />
      </Section>
      <Section id="wizard-openlineage" title="OpenLineage">
        <FormSwitch name="openLineage.enabled" label="Send lineage to Astro" />
        {lineageOn && (
          <>
            <FormChoice
              name="openLineage.keySource"
              label="API key (a Deployment API token)"
              options={[
                { value: 'secret', label: 'From an existing Kubernetes secret' },
                { value: 'inline', label: 'Written into values.yaml (not recommended)' },
                { value: 'injected', label: 'I inject OPENLINEAGE_API_KEY myself' },
              ]}
            />
            {lineageKey === 'secret' && <FormText name="openLineage.secretName" label="API key secret name" help='Key "api-key".' />}
            {lineageKey === 'inline' && (
              <>
                <SecretInFileWarning secret={inFile('openLineage.apiKey')} />
                <FormText name="openLineage.apiKey" label="OpenLineage API key" type="password" />
              </>
            )}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <FormText name="openLineage.namespace" label="OpenLineage namespace" />
              <FormText name="openLineage.url" label="OpenLineage URL" />
            </Stack>
          </>
        )}
      </Section>
    </>
  );
}
