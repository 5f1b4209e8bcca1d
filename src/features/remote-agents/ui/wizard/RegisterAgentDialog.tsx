import { FormProvider, useForm } from 'react-hook-form';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import CloseIcon from '@mui/icons-material/Close';
import type { Deployment } from '../../../../shared/api/types';
import { agentValuesDefaults } from '../../domain/agentValuesInput';
import { BackendsSection } from './BackendsSection';
import { ConnectionSection } from './ConnectionSection';
import { CredentialsSection } from './CredentialsSection';
import { ValuesPreview } from './ValuesPreview';
import { agentValuesResolver } from './Fields';
import { WorkersSection } from './WorkersSection';

/** Choices on the left, the live values.yaml and install commands on the right; nothing is sent to the API. */
export default function RegisterAgentDialog({ deployment, onClose }: { deployment: Deployment; onClose: () => void }) {
  const form = useForm({
    defaultValues: agentValuesDefaults({
      name: deployment.name,
      namespace: deployment.namespace,
      runtimeVersion: deployment.runtimeVersion,
      remoteApiUrl: deployment.remoteExecution?.remoteApiUrl ?? '',
      workerQueues: deployment.workerQueues,
    }),
    resolver: agentValuesResolver,
    // A field's message appears once it is left, then follows each keystroke.
    mode: 'onTouched',
  });
  return (
    <Dialog open fullScreen onClose={onClose} aria-labelledby="register-agent-title">
      <DialogTitle id="register-agent-title" sx={{ display: 'flex', alignItems: 'center', pr: 1 }}>
        <Box component="span" sx={{ flex: 1 }}>
          Register a Remote Agent
        </Box>
        <IconButton aria-label="Close" onClick={onClose}>
          <CloseIcon />
        </IconButton>
      </DialogTitle>
      <DialogContent dividers sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) minmax(0, 1fr)' }, gap: 4, alignItems: 'start' }}>
        <FormProvider {...form}>
          <Box component="form" aria-label="Agent settings" noValidate onSubmit={(event) => event.preventDefault()}>
            <ConnectionSection />
            <CredentialsSection />
            <WorkersSection />
            <BackendsSection />
          </Box>
          <Box sx={{ position: { md: 'sticky' }, top: 0, pt: 2 }}>
            <ValuesPreview />
          </Box>
        </FormProvider>
      </DialogContent>
    </Dialog>
  );
}
