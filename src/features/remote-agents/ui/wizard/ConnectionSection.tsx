import Stack from '@mui/material/Stack';
import { FormText } from './Fields';
import { Section } from './Section';
import type { AgentValuesForm } from './useAgentValuesForm';

export function ConnectionSection({ form }: { form: AgentValuesForm }) {
  return (
    <Section id="wizard-connection" title="Cluster and connection">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormText form={form} path="namespace" label="Namespace" help="Kubernetes namespace for the agents." />
        <FormText form={form} path="resourceNamePrefix" label="Resource name prefix" help="Names every object, e.g. <prefix>-worker-default." />
      </Stack>
      <FormText form={form} path="astroDeploymentAPIURL" label="Deployment API URL" help="From the Deployment's Remote Execution settings." />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormText form={form} path="runtimeVersion" label="Runtime version" />
        <FormText form={form} path="pythonVersion" label="Python version" />
        <FormText form={form} path="agentVersion" label="Agent version" />
      </Stack>
    </Section>
  );
}
