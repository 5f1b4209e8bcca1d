import { useCallback, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Link as RouterLink } from '../../../../shared/routes/Link';
import type { UseQueryResult } from '@tanstack/react-query';
import type { UseFormReturn } from 'react-hook-form';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { describeError } from '../../../../shared/api/describeError';
import { useClusters } from '../../../clusters/api';
import { useDeploymentOptions, useWorkspaceDeployments } from '../../api';
import { namesakeWarning, namesakes } from '../../../../shared/lib/namesakes';
import { useCreateDeployment, type CreateDeploymentRequest } from '../../api';
import type { Workspace } from '../../../../shared/api/types';
import { paths } from '../../../../shared/routes/paths';
import { DeploymentForm } from '../form/DeploymentForm';
import { placeServerErrors } from '../form/formErrors';
import { ErrorPanel } from '../../../../shared/ui/ErrorPanel';
import { Loading } from '../../../../shared/ui/Loading';
import { PageFrame } from '../../../../shared/ui/PageFrame';
import { NotifySwitch } from '../../../../shared/ui/NotifySwitch';
import { useStatusWatch } from '../../../../shared/ui/statusWatch';
import { useToast } from '../../../../shared/ui/toast';
import { checkDeploymentForm, defaultFormValues, toCreateBody, type DeploymentFormValues } from '../../domain/deploymentForm';
import { deploymentRulesContext, validateCreateDeployment } from '../../domain/deploymentRules';
import { QuickStart } from '../form/QuickStart';
import { RuntimeStandingNote, runtimeOffer } from '../../../runtime';

/** The create form, built from the options the server offers and the Workspace's defaults. */
export function CreateDeployment({
  organizationId,
  workspaceId,
  workspace,
}: {
  organizationId: string;
  workspaceId: string;
  workspace: UseQueryResult<Workspace>;
}) {
  const navigate = useNavigate();
  const options = useDeploymentOptions(organizationId, {});
  const clusters = useClusters(organizationId);
  const siblings = useWorkspaceDeployments(organizationId, workspaceId);
  const create = useCreateDeployment(organizationId);
  const watch = useStatusWatch((s) => s.watch);
  const toast = useToast((s) => s.show);
  const formRef = useRef<UseFormReturn<DeploymentFormValues> | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const setForm = useCallback((form: UseFormReturn<DeploymentFormValues>) => (formRef.current = form), []);

  // Read once, so every lifecycle on the form is counted from the same moment.
  const [now] = useState(() => new Date());
  // Only maintained Runtimes (and those no source dates) are offered, the latest maintained patch preselected.
  const formOptions = useMemo(() => {
    if (!options.data) return undefined;
    const offer = runtimeOffer(options.data.runtimeReleases, now);
    return { options: { ...options.data, runtimeReleases: offer.releases }, preselect: offer.preselect };
  }, [options.data, now]);
  const defaults = useMemo(
    () => (formOptions && workspace.data ? defaultFormValues(formOptions.options, workspace.data, formOptions.preselect) : undefined),
    [formOptions, workspace.data],
  );
  const rulesContext = useMemo(() => options.data && deploymentRulesContext(options.data, clusters.data ?? []), [options.data, clusters.data]);

  const pending = [workspace, options, clusters].find((q) => q.isPending);
  const failed = [workspace, options, clusters].find((q) => q.isError);
  if (failed) {
    return <ErrorPanel {...describeError(failed.error, 'load what a new Deployment needs')} onRetry={() => failed.refetch()} retrying={failed.isFetching} />;
  }
  if (pending || !defaults || !rulesContext || !formOptions) return <Loading label="Loading Deployment options" />;
  const opts = formOptions.options;
  const releases = options.data!.runtimeReleases;

  const submit = async (values: DeploymentFormValues, form: UseFormReturn<DeploymentFormValues>) => {
    setFailure(null);
    try {
      const d = await create.mutateAsync(toCreateBody(values, workspaceId, opts) as CreateDeploymentRequest);
      watch(d.id, d.name);
      toast(`Creating ${d.name}. This takes a few minutes; you will be told when it is ready.`, 'info');
      void navigate(paths.deployment(organizationId, workspaceId, d.id));
    } catch (error) {
      if (!placeServerErrors(error, form)) setFailure(error);
    }
  };

  return (
    <PageFrame title="Create a Deployment" subtitle={`In the ${workspace.data?.name ?? ''} Workspace`}>
      <Stack spacing={2}>
        <QuickStart form={formRef} options={opts} />
        <DeploymentForm
          id="create-deployment"
          mode="create"
          defaultValues={defaults}
          options={opts}
          clusters={clusters.data ?? []}
          formRef={setForm}
          validate={(values) => checkDeploymentForm(toCreateBody(values, workspaceId, opts), (body) => validateCreateDeployment(body, rulesContext))}
          onSubmit={submit}
          // A warning, not a refusal: the API takes a repeated name, and lists tell repeats apart.
          nameWarning={(name) => namesakeWarning('Deployment', 'in this Workspace', namesakes(siblings.data ?? [], name))}
          runtimeNote={(version) => <RuntimeStandingNote releases={releases} version={version} now={now} />}
        >
          {failure !== null && (
            <ErrorPanel
              {...describeError(failure, 'create the Deployment')}
              onRetry={() => formRef.current && void formRef.current.handleSubmit((values) => submit(values, formRef.current!))()}
              retrying={create.isPending}
            />
          )}
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
            <NotifySwitch />
            <Typography sx={{ flex: 1 }} />
            <Button component={RouterLink} to={paths.deployments(organizationId, workspaceId)}>
              Cancel
            </Button>
            <Button type="submit" variant="contained" disabled={create.isPending}>
              {create.isPending ? 'Creating…' : 'Create Deployment'}
            </Button>
          </Stack>
        </DeploymentForm>
      </Stack>
    </PageFrame>
  );
}
