import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { defaultGitBundle } from '../../domain/agentValuesInput';
import { FormText } from './Fields';
import { Section } from './Section';
import type { AgentValuesForm } from './useAgentValuesForm';

export function BackendsSection({ form }: { form: AgentValuesForm }) {
  const { dagBundles, commonEnv } = form.values;
  return (
    <>
      <Section id="wizard-backends" title="Secrets and XCom backends">
        <FormText form={form} path="secretBackend" label="Secrets backend class" help="Configure it with environment variables below." />
        <FormText form={form} path="xcomBackend" label="XCom backend class" help="Set AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_PATH below." />
      </Section>
      <Section id="wizard-bundles" title="DAG bundles">
        {dagBundles.length === 0 && <Typography color="text.secondary" variant="body2">No bundles: the agents use the chart's default DAG source.</Typography>}
        {dagBundles.map((b, i) => (
          <Stack key={i} spacing={1.5} role="group" aria-label={`Git DAG bundle ${i + 1}`} sx={{ p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <FormText form={form} path={`dagBundles[${i}].name`} label="Bundle name" />
              <FormText form={form} path={`dagBundles[${i}].gitConnId`} label="Git connection ID" />
              <IconButton aria-label={`Remove bundle ${b.name || i + 1}`} onClick={() => form.set('dagBundles', dagBundles.filter((_, j) => j !== i))}>
                <DeleteIcon />
              </IconButton>
            </Stack>
            <Stack direction="row" spacing={2}>
              <FormText form={form} path={`dagBundles[${i}].trackingRef`} label="Branch or tag" />
              <FormText form={form} path={`dagBundles[${i}].subdir`} label="Subdirectory" />
              <FormText form={form} path={`dagBundles[${i}].refreshInterval`} label="Refresh (s)" number />
            </Stack>
          </Stack>
        ))}
        <Button startIcon={<AddIcon />} sx={{ alignSelf: 'flex-start' }} onClick={() => form.set('dagBundles', [...dagBundles, defaultGitBundle(dagBundles.length + 1)])}>
          Git DAG bundle
        </Button>
      </Section>
      <Section id="wizard-env" title="Environment for every component">
        {commonEnv.map((e, i) => (
          <Stack key={i} direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
            <FormText form={form} path={`commonEnv[${i}].name`} label={`Variable ${i + 1} name`} />
            <FormText form={form} path={`commonEnv[${i}].value`} label={`Variable ${i + 1} value`} />
            <IconButton aria-label={`Remove variable ${e.name || i + 1}`} onClick={() => form.set('commonEnv', commonEnv.filter((_, j) => j !== i))}>
              <DeleteIcon />
            </IconButton>
          </Stack>
        ))}
        <Button startIcon={<AddIcon />} sx={{ alignSelf: 'flex-start' }} onClick={() => form.set('commonEnv', [...commonEnv, { name: '', value: '' }])}>
          Variable
        </Button>
      </Section>
    </>
  );
}
