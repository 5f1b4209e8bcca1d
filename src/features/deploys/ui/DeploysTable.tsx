import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Deploy } from '../../../shared/api/types';
import { Tooltip } from '../../../shared/ui/Tooltip';
import { deployKind, liveDeploy, rollbackBlocker } from '../domain/deployHistory';
import { deployTypeLabel, titleCase } from '../../../shared/lib/format';
import { subjectName } from '../../../shared/lib/subject';
import { formatDate, formatRelative } from '../../../shared/lib/time';
import type { DeployView } from '../domain/deployView';
import { deployName } from '../domain/deployText';

const STATUS_COLOR = { DEPLOYED: 'success', FAILED: 'error', INITIALIZED: 'info' } as const;
const STATUS_HINT = {
  DEPLOYED: 'Finished: its code was applied.',
  FAILED: 'Did not finish: nothing of it was applied, the previous code kept running.',
  INITIALIZED: 'Started: waiting for its image and DAGs to be uploaded and the deploy finalized.',
} as const;

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
  const toggle = (id: string) =>
    onCompare(view.compare.includes(id) ? view.compare.filter((x) => x !== id) : [...view.compare, id].slice(-2));
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label="Deploy history" sx={{ '& td': { verticalAlign: 'top' } }}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <span className="visually-hidden">Compare</span>
            </TableCell>
            <TableCell>When</TableCell>
            <TableCell>Who</TableCell>
            <TableCell>Type</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Image tag</TableCell>
            <TableCell>DAG bundle version</TableCell>
            <TableCell>Runtime</TableCell>
            <TableCell>Description</TableCell>
            <TableCell>Git</TableCell>
            <TableCell>
              <span className="visually-hidden">Actions</span>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((deploy) => {
            const source = deploy.rollbackFromId ? history.find((x) => x.id === deploy.rollbackFromId) : undefined;
            const blocker = rollbackBlocker(deploy, history, now);
            const selected = view.compare.includes(deploy.id);
            const who = deploy.createdBySubject;
            return (
              <TableRow
                key={deploy.id}
                id={`deploy-${deploy.id}`}
                selected={selected || view.focus === deploy.id}
                aria-current={view.focus === deploy.id ? 'true' : undefined}
              >
                <TableCell padding="checkbox">
                  <Checkbox
                    size="small"
                    checked={selected}
                    onChange={() => toggle(deploy.id)}
                    slotProps={{ input: { 'aria-label': `Compare deploy ${deployName(deploy)}` } }}
                  />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {/* The exact date shows right below, so the hint is for the eye only. */}
                  <Tooltip title={formatDate(deploy.createdAt)}>{() => <span>{formatRelative(deploy.createdAt)}</span>}</Tooltip>
                  <Typography variant="caption" component="div" color="text.secondary">
                    <time dateTime={deploy.createdAt}>{formatDate(deploy.createdAt)}</time>
                  </Typography>
                </TableCell>
                <TableCell>
                  {who?.subjectType === 'SERVICEKEY' ? (
                    <>
                      <Typography variant="caption" component="div" color="text.secondary">
                        API token
                      </Typography>
                      {who.apiTokenName ?? who.id}
                    </>
                  ) : (
                    subjectName(who)
                  )}
                </TableCell>
                <TableCell sx={{ minWidth: 120 }}>
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
                </TableCell>
                <TableCell>
                  <Tooltip title={STATUS_HINT[deploy.status]}>
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
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <code>{deploy.imageTag}</code>
                </TableCell>
                <TableCell>
                  {deploy.dagTarballVersion ? <code>{deploy.dagTarballVersion}</code> : <Typography variant="body2" color="text.secondary">{deployKind(deploy) === 'IMAGE_ONLY' ? 'unchanged' : '—'}</Typography>}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {deploy.astroRuntimeVersion ?? '—'}
                  {deploy.airflowVersion && (
                    <Typography variant="caption" component="div" color="text.secondary">
                      Airflow {deploy.airflowVersion}
                    </Typography>
                  )}
                </TableCell>
                <TableCell sx={{ minWidth: 180, maxWidth: 320, overflowWrap: 'anywhere' }}>{deploy.description ?? ''}</TableCell>
                <TableCell sx={{ minWidth: 160 }}>{deploy.git ? <GitCell git={deploy.git} /> : ''}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {blocker ? (
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
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}
