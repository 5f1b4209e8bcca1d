import { Link as RouterLink } from '../../../shared/routes/Link';
import { styled } from '@mui/material/styles';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import type { Deploy } from '../../../shared/api/types';
import { DataTable, type Column } from '../../../shared/ui/DataTable';
import { Tooltip } from '../../../shared/ui/Tooltip';
import { deployKind, liveDeploy, rollbackBlocker } from '../domain/deployHistory';
import { deployTypeLabel, titleCase } from '../../../shared/lib/format';
import { subjectName } from '../../../shared/lib/subject';
import { formatDate, formatRelative } from '../../../shared/lib/time';
import type { DeployView } from '../domain/deployView';
import { awaitedUploads, deployName } from '../domain/deployText';

const STATUS_COLOR = { DEPLOYED: 'success', FAILED: 'error', INITIALIZED: 'info' } as const;
const STATUS_HINT = {
  DEPLOYED: () => 'Finished: its code was applied.',
  FAILED: () => 'Did not finish: nothing of it was applied, the previous code kept running.',
  INITIALIZED: (deploy: Deploy) => `Started: waiting for ${awaitedUploads(deploy)} to be uploaded and the deploy finalized.`,
} as const;

const Frame = styled('div')({
  '& td': { verticalAlign: 'top' },
  '& td.description': { minWidth: 180, maxWidth: 320, overflowWrap: 'anywhere' },
  '& td.git': { minWidth: 160 },
});

function GitCell({ git }: { git: NonNullable<Deploy['git']> }) {
  const repo = git.provider === 'GITHUB' ? `${git.account}/${git.repo}` : git.remoteUrl;
  const sha = git.commitSha.slice(0, 7);
  return (
    <Stack spacing={0.25}>
      <span>
        {git.provider === 'GITHUB' ? 'GitHub' : 'Git'} · {repo}
        {git.branch && <> · {git.branch}</>}
      </span>
      <span>
        {git.commitUrl ? (
          <Link href={git.commitUrl} target="_blank" rel="noopener noreferrer" aria-label={`Commit ${sha} (opens in a new tab)`}>
            <code>{sha}</code>
          </Link>
        ) : (
          <code>{sha}</code>
        )}
        {(git.authorName || git.authorUsername) && <> by {git.authorName ?? git.authorUsername}</>}
      </span>
    </Stack>
  );
}

export function DeploysTable({
  rows,
  history,
  view,
  onCompare,
  onRollback,
  sourceLink,
  now,
}: {
  rows: Deploy[];
  history: Deploy[];
  view: DeployView;
  onCompare: (ids: string[]) => void;
  onRollback: (deploy: Deploy) => void;
  sourceLink: (deployId: string) => string;
  /** When the history was fetched: the 90-day window counts from then. */
  now: number;
}) {
  const live = liveDeploy(history);
  const toggle = (id: string) => onCompare(view.compare.includes(id) ? view.compare.filter((x) => x !== id) : [...view.compare, id].slice(-2));
  const columns: Column<Deploy>[] = [
    {
      header: 'Compare',
      hideHeader: true,
      cell: (deploy) => (
        <Checkbox
          size="small"
          checked={view.compare.includes(deploy.id)}
          onChange={() => toggle(deploy.id)}
          slotProps={{ input: { 'aria-label': `Compare deploy ${deployName(deploy)}` } }}
        />
      ),
    },
    {
      header: 'When',
      className: 'nowrap',
      cell: (deploy) => (
        <>
          {/* The exact date shows right below, so the hint is for the eye only. */}
          <Tooltip title={formatDate(deploy.createdAt)}>{() => <span>{formatRelative(deploy.createdAt)}</span>}</Tooltip>
          <time className="sub" dateTime={deploy.createdAt}>
            {formatDate(deploy.createdAt)}
          </time>
        </>
      ),
    },
    {
      header: 'Who',
      cell: ({ createdBySubject: who }) =>
        who?.subjectType === 'SERVICEKEY' ? (
          <>
            <span className="sub">API token</span>
            {who.apiTokenName ?? who.id}
          </>
        ) : (
          subjectName(who)
        ),
    },
    {
      header: 'Type',
      width: 120,
      cell: (deploy) => {
        const source = deploy.rollbackFromId ? history.find((x) => x.id === deploy.rollbackFromId) : undefined;
        return (
          <>
            <span>{deployTypeLabel(deployKind(deploy))}</span>
            {deploy.rollbackFromId && (
              <div>
                <Chip size="small" color="warning" variant="outlined" label="Rollback" sx={{ mr: 0.5 }} />
                <Link component={RouterLink} to={sourceLink(deploy.rollbackFromId)} replace>
                  to {source ? source.imageTag : 'an earlier deploy'}
                </Link>
              </div>
            )}
            {deploy.id === live?.id && <Chip size="small" color="success" label="Runs now" sx={{ display: 'flex', width: 'fit-content', mt: 0.5 }} />}
          </>
        );
      },
    },
    {
      header: 'Status',
      cell: (deploy) => (
        <Tooltip title={STATUS_HINT[deploy.status](deploy)}>
          {(describedBy) => (
            <Chip
              size="small"
              variant="outlined"
              color={STATUS_COLOR[deploy.status]}
              label={titleCase(deploy.status)}
              tabIndex={0}
              aria-describedby={describedBy}
            />
          )}
        </Tooltip>
      ),
    },
    {
      header: 'Image tag',
      className: 'nowrap',
      // A DAG-only deploy before any image deploy carries the Deployment's empty tag.
      cell: (deploy) => (deploy.imageTag ? <code>{deploy.imageTag}</code> : <span className="sub">No image deployed yet</span>),
    },
    {
      header: 'DAG bundle version',
      cell: (deploy) =>
        deploy.dagTarballVersion ? (
          <code>{deploy.dagTarballVersion}</code>
        ) : (
          <span className="sub">{deployKind(deploy) === 'IMAGE_ONLY' ? 'unchanged' : '—'}</span>
        ),
    },
    {
      header: 'Runtime',
      className: 'nowrap',
      cell: (deploy) => (
        <>
          {deploy.astroRuntimeVersion ?? '—'}
          {deploy.airflowVersion && <span className="sub">Airflow {deploy.airflowVersion}</span>}
        </>
      ),
    },
    { header: 'Description', className: 'description', cell: (deploy) => deploy.description ?? '' },
    { header: 'Git', className: 'git', cell: (deploy) => (deploy.git ? <GitCell git={deploy.git} /> : '') },
    {
      header: 'Actions',
      hideHeader: true,
      className: 'nowrap',
      cell: (deploy) => {
        const blocker = rollbackBlocker(deploy, history, now);
        return blocker ? (
          <Tooltip title={blocker}>
            {(describedBy) => (
              <Button size="small" disabled aria-describedby={describedBy}>
                Roll back
              </Button>
            )}
          </Tooltip>
        ) : (
          <Button size="small" onClick={() => onRollback(deploy)} aria-label={`Roll back to ${deployName(deploy)}`}>
            Roll back
          </Button>
        );
      },
    },
  ];
  return (
    <Frame>
      <DataTable
        aria-label="Deploy history"
        columns={columns}
        rows={rows}
        rowKey={(deploy) => deploy.id}
        rowAttributes={(deploy) => ({
          id: `deploy-${deploy.id}`,
          className: view.compare.includes(deploy.id) || view.focus === deploy.id ? 'selected' : undefined,
          'aria-current': view.focus === deploy.id ? 'true' : undefined,
        })}
        scroll
      />
    </Frame>
  );
}
