import { useCallback, useMemo, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { describeError } from '../../../../shared/api/describeError';
import { useClusters } from '../../../clusters/api';
import { useDeploymentOptions, type DeploymentOptions } from '../../api';
import { useUpdateDeployment, useWorkspaceDeployments } from '../../api';
import { namesakeWarning, namesakes } from '../../../../shared/lib/namesakes';
import type { Cluster, Deployment } from '../../../../shared/api/types';
import { DeploymentForm } from '../form/DeploymentForm';
import { placeServerErrors } from '../form/formErrors';
import { ErrorPanel } from '../../../../shared/ui/ErrorPanel';
import { Loading } from '../../../../shared/ui/Loading';
import { NotifySwitch } from '../../../../shared/ui/NotifySwitch';
import { useStatusWatch } from '../../../../shared/ui/statusWatch';
import { useToast } from '../../../../shared/ui/toast';
import { describeChanges, type SettingChange } from '../../domain/deploymentChanges';
import { restartingChanges, type RestartPart } from '../../domain/restartRule';
import { checkDeploymentForm, formFromDeployment, type DeploymentFormValues } from '../../domain/deploymentForm';
import { FIELD_LABELS } from '../../domain/fieldLabels';
import { describeValue, isEditConflict, keptNotice, mergeOrThrow, type EditConflictError, type EditMerge } from '../../../../shared/lib/editMerge';
import { toUpdateRequest } from '../../domain/updateRequest';
import { deploymentRulesContext, validateUpdateDeployment } from '../../domain/deploymentRules';
import { ReviewDialog } from './ReviewDialog';
import { RuntimeStandingNote } from '../../../runtime';
import { ConflictNotice } from '../../../../shared/ui/ConflictNotice';

/** Edit tab: the create form, prefilled; saving goes through a review of what each change will do. */
export default function DetailsTab({ deployment }: { deployment: Deployment }) {
  const options = useDeploymentOptions(deployment.organizationId, { deploymentId: deployment.id });
  const clusters = useClusters(deployment.organizationId);
  if (options.isPending || clusters.isPending) return <Loading label="Loading the settings" />;
  const failed = options.isError ? options : clusters.isError ? clusters : null;
  if (failed) return <ErrorPanel {...describeError(failed.error, 'load the settings')} onRetry={() => failed.refetch()} retrying={failed.isFetching} />;
  return <DetailsForm deployment={deployment} options={options.data!} clusters={clusters.data ?? []} />;
}

function DetailsForm({ deployment: d, options, clusters }: { deployment: Deployment; options: DeploymentOptions; clusters: Cluster[] }) {
  const update = useUpdateDeployment(d.organizationId, d.id);
  const watch = useStatusWatch((s) => s.watch);
  const toast = useToast((s) => s.show);
  // What the form started from; the review compares against it, so background refreshes do not move it.
  const [initial, setInitial] = useState(() => formFromDeployment(d, options));
  const [review, setReview] = useState<{ values: DeploymentFormValues; changes: SettingChange[]; restarting: RestartPart[] } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  // Read once: the Runtime's standing is counted from when the tab opened.
  const [now] = useState(() => new Date());
  const [conflict, setConflict] = useState<EditConflictError<DeploymentFormValues> | null>(null);
  const formRef = useRef<UseFormReturn<DeploymentFormValues> | null>(null);
  const setForm = useCallback((form: UseFormReturn<DeploymentFormValues>) => (formRef.current = form), []);
  const rulesContext = useMemo(() => deploymentRulesContext(options, clusters), [options, clusters]);
  const siblings = useWorkspaceDeployments(d.organizationId, d.workspaceId);
  const current = useMemo(
    () => ({
      type: d.type,
      airflowVersion: d.airflowVersion,
      clusterId: d.clusterId,
      isDevelopmentMode: d.isDevelopmentMode,
      workerQueues: d.workerQueues?.map((q) => ({ id: q.id, name: q.name })),
      environmentVariables: d.environmentVariables?.map((e) => ({ key: e.key, isSecret: e.isSecret, hasValue: true })),
    }),
    [d],
  );

  const openReview = (values: DeploymentFormValues) => {
    setFailure(null);
    setConflict(null);
    const restarting = restartingChanges(toUpdateRequest(d, { settings: initial }), toUpdateRequest(d, { settings: values }));
    const changes = describeChanges(initial, values, restarting);
    if (!changes.length) toast('Nothing changed.', 'info');
    else setReview({ values, changes, restarting });
  };

  // The update is a full replacement: the form's values are merged with the Deployment as the server has it
  // now (shared/lib/editMerge), so a setting someone else changed meanwhile is kept, or the person chooses.
  const save = async (force = false) => {
    if (!review || !formRef.current) return;
    const form = formRef.current;
    let merge: EditMerge<DeploymentFormValues> | undefined;
    try {
      const saved = await update.mutateAsync((fresh) => {
        merge = mergeOrThrow(initial, review.values, formFromDeployment(fresh, options), force);
        return toUpdateRequest(fresh, { settings: merge.merged });
      });
      setReview(null);
      setConflict(null);
      const next = formFromDeployment(saved, options);
      setInitial(next);
      form.reset(next);
      const kept = keptNotice(merge, (f) => FIELD_LABELS[f]);
      if (saved.status === 'DEPLOYING') {
        watch(saved.id, saved.name);
        toast(`Saved. ${saved.name} is restarting to apply the changes.${kept}`, 'info');
      } else {
        toast(`Saved.${kept}`);
      }
    } catch (error) {
      if (isEditConflict<DeploymentFormValues>(error)) {
        setConflict(error);
        return;
      }
      setReview(null);
      if (!placeServerErrors(error, form)) setFailure(error);
    }
  };

  /** Their values in the form for the fields in conflict, every other edit kept; the form starts over from theirs. */
  const takeTheirs = () => {
    if (!conflict || !formRef.current) return;
    const values = { ...conflict.merge.merged };
    for (const field of conflict.merge.conflicts) Object.assign(values, { [field]: conflict.theirs[field] });
    setInitial(conflict.theirs);
    formRef.current.reset(conflict.theirs);
    for (const [field, value] of Object.entries(values)) {
      if (JSON.stringify(value) !== JSON.stringify(conflict.theirs[field as keyof DeploymentFormValues])) {
        formRef.current.setValue(field as keyof DeploymentFormValues, value, { shouldDirty: true });
      }
    }
    setConflict(null);
    setReview(null);
  };

  return (
    <>
      {d.status === 'CREATING' && (
        <Alert severity="info" sx={{ mb: 2 }}>
          Settings can be changed once the Deployment has been created.
        </Alert>
      )}
      <DeploymentForm
        id="deployment-details"
        mode="edit"
        defaultValues={initial}
        options={options}
        clusters={clusters}
        formRef={setForm}
        validate={(values) => checkDeploymentForm(toUpdateRequest(d, { settings: values }), (body) => validateUpdateDeployment(body, rulesContext, current))}
        onSubmit={openReview}
        nameWarning={(name) => namesakeWarning('Deployment', 'in this Workspace', namesakes(siblings.data ?? [], name, d.id))}
        runtimeNote={(version) => <RuntimeStandingNote releases={options.runtimeReleases} version={version} now={now} />}
      >
        {failure !== null && (
          <ErrorPanel {...describeError(failure, 'save the changes')} onRetry={() => formRef.current && void formRef.current.handleSubmit(openReview)()} />
        )}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
          <NotifySwitch />
          <span style={{ flex: 1 }} />
          <Button onClick={() => formRef.current?.reset(initial)}>Discard changes</Button>
          <Button type="submit" variant="contained" disabled={d.status === 'CREATING'}>
            Review changes
          </Button>
        </Stack>
      </DeploymentForm>
      {review && (
        <ReviewDialog
          name={d.name}
          changes={review.changes}
          restarting={review.restarting}
          busy={update.isPending}
          onConfirm={() => void save()}
          onClose={() => (setReview(null), setConflict(null))}
          conflict={
            conflict && (
              <ConflictNotice
                fields={conflict.merge.conflicts.map((f) => ({
                  label: FIELD_LABELS[f],
                  mine: describeValue(review.values[f]),
                  theirs: describeValue(conflict.theirs[f]),
                }))}
                busy={update.isPending}
                onKeepMine={() => void save(true)}
                onUseTheirs={takeTheirs}
              />
            )
          }
        />
      )}
    </>
  );
}
