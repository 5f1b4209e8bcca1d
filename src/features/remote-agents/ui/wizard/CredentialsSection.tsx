import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { FormChoice, FormSwitch, FormText } from './Fields';
import { Section } from './Section';
import type { AgentValuesForm } from './useAgentValuesForm';

export function CredentialsSection({ form }: { form: AgentValuesForm }) {
  const { token, imagePull, openLineage } = form.values;
  return (
    <>
      <Section id="wizard-token" title="Agent token">
        <FormChoice
          form={form}
          path="token.source"
          label="How the agents get their token"
          options={[
            { value: 'secret', label: 'From an existing Kubernetes secret (recommended)' },
            { value: 'inline', label: 'Written into values.yaml (not recommended)' },
            { value: 'vault', label: 'Injected by a Vault agent init container' },
          ]}
        />
        {token.source === 'secret' && (
          <FormText form={form} path="token.secretName" label="Token secret name" help='The secret holds the token under the key "token"; the commands below create it.' />
        )}
        {token.source === 'inline' && (
          <>
            <Alert severity="warning">
              The token will sit in values.yaml in plain text: anyone who gets the file can connect agents to this Deployment. Never commit it, and
              prefer a Kubernetes secret.
            </Alert>
            <FormText form={form} path="token.value" label="Agent token" type="password" help="Paste the token you created in the Tokens view." />
          </>
        )}
        {token.source === 'vault' && (
          <Stack spacing={2}>
            <FormText form={form} path="token.vault.address" label="Vault address" placeholder="https://vault.example.com:8200" />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <FormText form={form} path="token.vault.role" label="Vault Kubernetes auth role" />
              <FormText form={form} path="token.vault.image" label="Vault image" />
            </Stack>
            <FormText form={form} path="token.vault.secretPath" label="Vault secret path" help='KV v2 path; the token is read from its "token" key.' />
          </Stack>
        )}
      </Section>
      <Section id="wizard-image-pull" title="Image pull secret">
        <FormChoice
          form={form}
          path="imagePull.source"
          label="Credentials for images.astronomer.cloud"
          options={[
            { value: 'secret', label: 'An existing docker-registry secret' },
            { value: 'data', label: 'Paste dockerconfigjson (Helm creates the secret)' },
          ]}
        />
        {imagePull.source === 'secret' ? (
          <FormText form={form} path="imagePull.secretName" label="Image pull secret name" />
        ) : (
          <FormText form={form} path="imagePull.data" label="dockerconfigjson" multiline minRows={2} placeholder='{"auths":{"images.astronomer.cloud":{"auth":"…"}}}' />
        )}
        <FormSwitch form={form} path="createNamespace" label="Let Helm create the namespace" />
      </Section>
      <Section id="wizard-openlineage" title="OpenLineage">
        <FormSwitch form={form} path="openLineage.enabled" label="Send lineage to Astro" />
        {openLineage.enabled && (
          <>
            <FormChoice
              form={form}
              path="openLineage.keySource"
              label="API key (a Deployment API token)"
              options={[
                { value: 'secret', label: 'From an existing Kubernetes secret' },
                { value: 'inline', label: 'Written into values.yaml (not recommended)' },
                { value: 'injected', label: 'I inject OPENLINEAGE_API_KEY myself' },
              ]}
            />
            {openLineage.keySource === 'secret' && <FormText form={form} path="openLineage.secretName" label="API key secret name" help='Key "api-key".' />}
            {openLineage.keySource === 'inline' && <FormText form={form} path="openLineage.apiKey" label="OpenLineage API key" type="password" />}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <FormText form={form} path="openLineage.namespace" label="OpenLineage namespace" />
              <FormText form={form} path="openLineage.url" label="OpenLineage URL" />
            </Stack>
          </>
        )}
      </Section>
    </>
  );
}
