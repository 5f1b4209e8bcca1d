import { useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useConnection } from '../../../shared/api/connection';
import { describeError } from '../../../shared/api/describeError';
import { useDeployHistory } from '../api';
import type { Deploy, Deployment } from '../../../shared/api/types';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { ErrorPanel } from '../../../shared/ui/ErrorPanel';
import { Loading } from '../../../shared/ui/Loading';
import { Pager } from '../../../shared/ui/Pager';
import { SelectField } from '../../../shared/ui/SelectField';
import { UpdatedAgo } from '../../../shared/ui/UpdatedAgo';
import { useListState, useUrlShowsPage } from '../../../shared/ui/useListState';
import { filterDeploys } from '../domain/deployHistory';
import { DEPLOY_TYPES } from '../domain/deployRules';
import { deployTypeLabel, titleCase } from '../../../shared/lib/format';
import { ComparePanel } from './ComparePanel';
import { DeploysTable } from './DeploysTable';
import { HowToDeploy } from './HowToDeploy';
import { RollbackDialog } from './RollbackDialog';
import { SimulateDeployButton } from './SimulateDeployButton';
import { DEPLOY_LIST, DEPLOY_STATUSES, PAGE_SIZES, deployViewToParams, parseDeployView, type DeployView } from '../domain/deployView';

/** Every deploy of the Deployment: who shipped what and when, compare two, roll back to one. */
export default function DeploysTab({ deployment: d }: { deployment: Deployment }) {
  const { organizationId = '' } = useParams();
  const demo = useConnection((state) => state.mode) === 'demo';
  const history = useDeployHistory(organizationId, d.id, d.status);
  const list = useListState(DEPLOY_LIST);
  const view = useMemo(() => parseDeployView(list.params), [list.params]);
  const [rollbackTarget, setRollbackTarget] = useState<Deploy>();

  // Any change of the view leaves the deploy a link pointed at.
  const change = (patch: Partial<DeployView>, compare = view.compare) => list.change(patch, { compare: compare.join(','), focus: '' });

  const all = useMemo(() => history.data ?? [], [history.data]);
  const filtered = useMemo(() => filterDeploys(all, view), [all, view]);
  const lastPage = Math.max(0, Math.ceil(filtered.length / view.pageSize) - 1);
  const page = Math.min(view.page, lastPage);
  const rows = filtered.slice(page * view.pageSize, (page + 1) * view.pageSize);
  useUrlShowsPage(list, history.data ? page : undefined);
  const compared = view.compare.map((id) => all.find((x) => x.id === id)).filter((x): x is Deploy => Boolean(x));

  // A link to a rollback's source deploy brings that row into view, once: later polls and renders must not
  // pull the page back to it while the person scrolls elsewhere.
  const scrolledTo = useRef('');
  useEffect(() => {
    if (!view.focus) scrolledTo.current = '';
    if (!view.focus || scrolledTo.current === view.focus) return;
    const row = document.getElementById(`deploy-${view.focus}`);
    if (!row) return;
    row.scrollIntoView?.({ block: 'center' });
    scrolledTo.current = view.focus;
  }, [view.focus, rows]);

  const toolbar = (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }}>
      <Stack direction="row" spacing={1.5} useFlexGap role="search" aria-label="Filter deploys" sx={{ flexWrap: 'wrap', alignItems: 'flex-end' }}>
        <SelectField label="Type" value={view.type[0] ?? ''} onChange={(type) => change({ type: type ? [type] : [] })}>
          <option value="">All types</option>
          {DEPLOY_TYPES.map((type) => (
            <option key={type} value={type}>
              {deployTypeLabel(type)}
            </option>
          ))}
        </SelectField>
        <SelectField label="Status" value={view.status[0] ?? ''} onChange={(status) => change({ status: status ? [status] : [] })}>
          <option value="">All statuses</option>
          {DEPLOY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {titleCase(status)}
            </option>
          ))}
        </SelectField>
        {(view.type.length || view.status.length) > 0 && <Button onClick={() => change({ type: [], status: [] })}>Clear filters</Button>}
      </Stack>
      <Stack direction="row" spacing={1.5} sx={{ ml: 'auto', alignItems: 'center' }}>
        <UpdatedAgo at={history.dataUpdatedAt} fetching={history.isFetching} />
        {demo && <SimulateDeployButton deployment={d} />}
      </Stack>
    </Stack>
  );

  let body;
  if (history.isPending) body = <Loading label="Loading deploys" />;
  else if (history.isError) {
    body = <ErrorPanel {...describeError(history.error, 'load the deploy history')} onRetry={() => history.refetch()} retrying={history.isFetching} />;
  } else if (all.length === 0) {
    body = (
      <Paper variant="outlined">
        <EmptyState title="No deploys yet">
          Deploy this project with <code>astro deploy {d.id}</code>; every deploy shows up here.
        </EmptyState>
      </Paper>
    );
  } else {
    body = (
      <>
        <ComparePanel history={all} compared={compared} onClear={() => change({ page }, [])} />
        <Paper variant="outlined">
          {filtered.length === 0 ? (
            <EmptyState title="No deploy matches these filters">
              <Button onClick={() => change({ type: [], status: [] })}>Clear filters</Button>
            </EmptyState>
          ) : (
            <DeploysTable
              rows={rows}
              history={all}
              view={view}
              now={history.dataUpdatedAt}
              onCompare={(compare) => change({ page }, compare)}
              onRollback={setRollbackTarget}
              sourceLink={(id) => {
                const index = all.findIndex((x) => x.id === id);
                return `?${deployViewToParams({ ...view, type: [], status: [], page: Math.max(0, Math.floor(index / view.pageSize)), focus: id })}`;
              }}
            />
          )}
          <Pager
            count={filtered.length}
            page={page}
            pageSize={view.pageSize}
            pageSizes={PAGE_SIZES}
            onPage={(next) => change({ page: next })}
            onPageSize={(pageSize) => change({ pageSize })}
          />
        </Paper>
        <Typography className="visually-hidden" role="status" aria-live="polite">
          {filtered.length} matching deploys
        </Typography>
      </>
    );
  }

  return (
    <>
      {toolbar}
      {body}
      <HowToDeploy deploymentId={d.id} defaultExpanded={history.isSuccess && all.length === 0} />
      {rollbackTarget && <RollbackDialog deployment={d} history={all} target={rollbackTarget} onClose={() => setRollbackTarget(undefined)} />}
    </>
  );
}
