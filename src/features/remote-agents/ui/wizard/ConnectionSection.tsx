import Stack from '@mui/material/Stack';
import { FormText } from './Fields';
import { Section } from './Section';

export function ConnectionSection() {
  return (
    <Section id="wizard-connection" title="Cluster and connection">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormText name="namespace" label="Namespace" help="Kubernetes namespace for the agents." />
        <FormText name="resourceNamePrefix" label="Resource name prefix" help="Names every object, e.g. <prefix>-worker-default." />
      </Stack>
      <FormText name="astroDeploymentAPIURL" label="Deployment API URL" help="From the Deployment's Remote Execution settings." />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormText name="runtimeVersion" label="Runtime version" />
        <FormText name="pythonVersion" label="Python version" />
        <FormText name="agentVersion" label="Agent version" />
      </Stack>
    </Section>
  );
}
