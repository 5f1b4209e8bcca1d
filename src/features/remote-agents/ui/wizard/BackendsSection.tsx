import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { defaultGitBundle, type AgentValuesInput } from '../../domain/agentValuesInput';
import { FormText } from './Fields';
import { Section } from './Section';

export function BackendsSection() {
  const { control } = useFormContext<AgentValuesInput>();
  const bundles = useFieldArray({ control, name: 'dagBundles' });
  const env = useFieldArray({ control, name: 'commonEnv' });
  // Live names, so a remove button says what it removes.
  const bundleNames = useWatch({ control, name: 'dagBundles' });
  const envNames = useWatch({ control, name: 'commonEnv' });
  return (
    <>
      <Section id="wizard-backends" title="Secrets and XCom backends">
        <FormText name="secretBackend" label="Secrets backend class" help="Configure it with environment variables below." />
        <FormText name="xcomBackend" label="XCom backend class" help="Set AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_PATH below." />
      </Section>
      <Section id="wizard-bundles" title="DAG bundles">
        {bundles.fields.length === 0 && (
          <Typography color="text.secondary" variant="body2">
            No bundles: the agents use the chart's default DAG source.
          </Typography>
        )}
        {bundles.fields.map((b, i) => (
          <Stack
            key={b.id}
            spacing={1.5}
            role="group"
            aria-label={`Git DAG bundle ${i + 1}`}
            sx={{ p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}
          >
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <FormText name={`dagBundles.${i}.name`} label="Bundle name" />
              <FormText name={`dagBundles.${i}.gitConnId`} label="Git connection ID" />
              <IconButton aria-label={`Remove bundle ${bundleNames[i]?.name || i + 1}`} onClick={() => bundles.remove(i)}>
                <DeleteIcon />
              </IconButton>
            </Stack>
            <Stack direction="row" spacing={2}>
              <FormText name={`dagBundles.${i}.trackingRef`} label="Branch or tag" />
              <FormText name={`dagBundles.${i}.subdir`} label="Subdirectory" />
              <FormText name={`dagBundles.${i}.refreshInterval`} label="Refresh (s)" number />
            </Stack>
          </Stack>
        ))}
        <Button startIcon={<AddIcon />} sx={{ alignSelf: 'flex-start' }} onClick={() => bundles.append(defaultGitBundle(bundles.fields.length + 1))}>
          Git DAG bundle
        </Button>
      </Section>
      <Section id="wizard-env" title="Environment for every component">
        {env.fields.map((e, i) => (
          <Stack key={e.id} direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
            <FormText name={`commonEnv.${i}.name`} label={`Variable ${i + 1} name`} />
            <FormText name={`commonEnv.${i}.value`} label={`Variable ${i + 1} value`} />
            <IconButton aria-label={`Remove variable ${envNames[i]?.name || i + 1}`} onClick={() => env.remove(i)}>
              <DeleteIcon />
            </IconButton>
          </Stack>
        ))}
        <Button startIcon={<AddIcon />} sx={{ alignSelf: 'flex-start' }} onClick={() => env.append({ name: '', value: '' })}>
          Variable
        </Button>
      </Section>
    </>
  );
}
