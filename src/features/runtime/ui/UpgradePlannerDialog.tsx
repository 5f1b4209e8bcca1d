import { useId, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Link as RouterLink } from '../../../shared/routes/Link';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { describeError } from '../../../shared/api/describeError';
import type { Deployment } from '../../../shared/api/types';
import { paths } from '../../../shared/routes/paths';
import { CopyButton } from '../../../shared/ui/CopyButton';
import { ErrorPanel } from '../../../shared/ui/ErrorPanel';
import { Loading } from '../../../shared/ui/Loading';
import { SelectField } from '../../../shared/ui/SelectField';
import { Tag } from '../../../shared/ui/Tag';
import { useDeployments } from '../../deployments/api';
import { useRuntimeReleases } from '../api';
import { buildCatalogue, type RuntimeEntry } from '../domain/catalogue';
import { STATUS_LABEL } from '../domain/lifecycle';
import { countByVersion } from '../domain/releasesView';
import { checkVersion, planUpgrades, type PlanSubject, type UpgradeTarget } from '../domain/upgradePlan';
import { CHECK_PARAM, plannerSearch } from './plannerUrl';

const KIND_TITLE: Record<UpgradeTarget['kind'], string> = { patch: 'Same Airflow minor', minor: 'Newer minor', airflow3: 'Airflow 3' };

function Copyable({ text, label }: { text: string; label: string }) {
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 0 }}>
      <Box component="code" sx={{ px: 1, py: 0.5, bgcolor: 'action.hover', borderRadius: 1, overflowWrap: 'anywhere', minWidth: 0 }}>
        {text}
      </Box>
      <CopyButton value={text} label={label} />
    </Stack>
  );
}

function TargetCard({ target }: { target: UpgradeTarget }) {
  const headingId = useId();
  const v = target.entry.version;
  return (
    <Box component="article" aria-labelledby={headingId} sx={{ border: 1, borderColor: target.blocked ? 'warning.main' : 'divider', borderRadius: 1, p: 1.5 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Typography id={headingId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
          Runtime {v}
        </Typography>
        <Tag>{KIND_TITLE[target.kind]}</Tag>
        <Tag>{STATUS_LABEL[target.lifecycle.status]}</Tag>
        <Typography variant="body2" color="text.secondary">
          {target.why}
        </Typography>
      </Stack>
      {target.blocked && (
        <Typography variant="body2" sx={{ mb: 1, fontWeight: 500 }}>
          Not yet: {target.blocked}
        </Typography>
      )}
      <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '11rem minmax(0, 1fr)' }, gap: 0.75, '& dd': { m: 0 } }}>
        <dt>Airflow</dt>
        <dd>{target.airflowChange}</dd>
        <dt>Database</dt>
        <dd>
          {target.migration === 'required' && <strong>Migration: </strong>}
          {target.migrationText}
        </dd>
        <dt>Executor and settings</dt>
        <dd>{target.carryOverText}</dd>
        <dt>Dockerfile</dt>
        <dd>
          {target.from ? <Copyable text={target.from} label={`Copy the FROM line for ${v}`} /> : 'No FROM line exists for this version.'}
          {target.fromProblems.map((problem) => (
            <Typography key={problem} variant="body2" color="text.secondary">
              {problem}
            </Typography>
          ))}
        </dd>
        <dt>Then deploy</dt>
        <dd>
          <Copyable text={target.deployCommand} label={`Copy the deploy command for ${v}`} />
        </dd>
      </Box>
    </Box>
  );
}

function CheckVersion({
  deployment: d,
  subject,
  catalogue,
  used,
  now,
}: {
  deployment: Deployment;
  subject: PlanSubject;
  catalogue: readonly RuntimeEntry[];
  used: ReadonlySet<string>;
  now: Date;
}) {
  const [params, setParams] = useSearchParams();
  const version = params.get(CHECK_PARAM) ?? '';
  const check = version ? checkVersion(subject, version, catalogue, used, now) : undefined;
  const choose = (next: string) => setParams(new URLSearchParams(plannerSearch(params, true, next)), { replace: true });
  return (
    <Box component="section" aria-label="Check a version" sx={{ mt: 2 }}>
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        Check a version
      </Typography>
      <SelectField label="Runtime version" value={version} onChange={choose}>
        <option value="">Choose a version…</option>
        {catalogue.map((e) => (
          <option key={e.version} value={e.version}>
            {e.version}
          </option>
        ))}
      </SelectField>
      <Box role="status" aria-label="Version check" sx={{ mt: 1 }}>
        {check?.kind === 'target' && <TargetCard target={check.target} />}
        {check?.kind === 'downgrade' && (
          <Typography variant="body2">
            <strong>Refused: </strong>
            {check.message}{' '}
            <Link component={RouterLink} to={paths.deployment(d.organizationId, d.workspaceId, d.id, 'deploys')}>
              Roll back from the deploy history
            </Link>
          </Typography>
        )}
        {(check?.kind === 'refused' || check?.kind === 'same') && (
          <Typography variant="body2">
            {check.kind === 'refused' && <strong>Refused: </strong>}
            {check.message}
          </Typography>
        )}
      </Box>
    </Box>
  );
}

/** The upgrade planner for one Deployment: a dialog whose open state (and checked version) is the URL. */
export default function UpgradePlannerDialog({ deployment: d }: { deployment: Deployment }) {
  const titleId = useId();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const releases = useRuntimeReleases(d.organizationId);
  const deployments = useDeployments(d.organizationId);
  const [now] = useState(() => new Date());
  const used = useMemo(
    () => new Set(deployments.data ? countByVersion(deployments.data).keys() : [d.astroRuntimeVersion]),
    [deployments.data, d.astroRuntimeVersion],
  );
  const catalogue = useMemo(() => (releases.data ? buildCatalogue(releases.data, used) : undefined), [releases.data, used]);
  const subject = { id: d.id, runtimeVersion: d.astroRuntimeVersion, executor: d.executor };
  const plan = catalogue && planUpgrades(subject, catalogue, used, now);
  const close = () => navigate({ search: plannerSearch(params, false) }, { replace: true });

  return (
    <Dialog open onClose={close} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>Upgrade {d.name}</DialogTitle>
      <DialogContent>
        {releases.isPending || deployments.isPending ? (
          <Loading label="Loading the Runtime catalogue" />
        ) : releases.isError ? (
          <ErrorPanel {...describeError(releases.error, 'load the Runtime releases')} onRetry={() => releases.refetch()} retrying={releases.isFetching} />
        ) : (
          <>
            {deployments.isError && (
              <ErrorPanel
                {...describeError(deployments.error, "load the Organization's Deployments (the versions it already uses)")}
                onRetry={() => deployments.refetch()}
                retrying={deployments.isFetching}
              />
            )}
            <Typography sx={{ mb: 2 }}>
              Runs Runtime {d.astroRuntimeVersion} (Airflow {d.airflowVersion}){plan?.lifecycle ? `, ${STATUS_LABEL[plan.lifecycle.status].toLowerCase()}` : ''}
              . To upgrade, change the Dockerfile&apos;s FROM line and deploy.
            </Typography>
            <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
              Targets
            </Typography>
            <Stack spacing={1.5} component="ul" aria-label="Upgrade targets" sx={{ listStyle: 'none', p: 0, m: 0 }}>
              {plan!.targets.map((target) => (
                <li key={target.entry.version}>
                  <TargetCard target={target} />
                </li>
              ))}
            </Stack>
            {plan!.notes.map((note) => (
              <Typography key={note} variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                {note}
              </Typography>
            ))}
            <CheckVersion deployment={d} subject={subject} catalogue={catalogue!} used={used} now={now} />
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
