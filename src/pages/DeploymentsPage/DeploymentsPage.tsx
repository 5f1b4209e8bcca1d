import { useEffect, useMemo, useRef, useState } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import { describeError } from '../../api/describeError';
import { useDeployments } from '../../api/queries/deployments';
import { useWorkspace } from '../../api/queries/workspaces';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { PageFrame } from '../../components/PageFrame';
import { Pager } from '../../components/Pager';
import { TextInput } from '../../components/TextInput';
import { ToggleChips } from '../../components/ToggleChips';
import { UpdatedAgo } from '../../components/UpdatedAgo';
import { useAnnounceFinished } from '../../components/statusWatch';
import { paths } from '../../app/paths';
import {
  DEFAULT_VIEW,
  PAGE_SIZES,
  pageOf,
  parseView,
  searchText,
  sortRows,
  viewToParams,
  type DeploymentView,
  type SortKey,
} from '../../domain/deploymentView';
import { DeploymentsTable } from './DeploymentsTable';
import { EXECUTOR_OPTIONS, STATUS_OPTIONS, TYPE_OPTIONS } from './filterOptions';

const SEARCH_URL_DELAY_MS = 300;

export default function DeploymentsPage() {
  const { organizationId = '', workspaceId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseView(params), [params]);
  const workspace = useWorkspace(organizationId, workspaceId);
  const deployments = useDeployments(organizationId, workspaceId);
  useAnnounceFinished(deployments.data);
  // The box shows what was typed at once; the URL follows, and wins when history changes it (back, a link).
  const [search, setSearch] = useState(view.q);
  const [urlQ, setUrlQ] = useState(view.q);
  if (urlQ !== view.q) {
    setUrlQ(view.q);
    setSearch(view.q);
  }

  // Functional, so a delayed write (the search box) never undoes a filter chosen in between.
  const change = (patch: Partial<DeploymentView>) =>
    setParams((previous) => viewToParams({ ...parseView(previous), page: 0, ...patch }), { replace: true });

  const sorted = useMemo(() => sortRows(deployments.data ?? [], view.sort, view.dir), [deployments.data, view.sort, view.dir]);
  const texts = useMemo(() => sorted.map(searchText), [sorted]);
  // While the URL catches up with the box, a new search starts on the first page.
  const current = useMemo(
    () => pageOf(sorted, { ...view, q: search, page: search === view.q ? view.page : 0 }, texts),
    [sorted, view, search, texts],
  );

  // Typing re-filters at once; the URL (a router navigation, so a second render) follows when typing pauses.
  const urlTimer = useRef<number>(undefined);
  useEffect(() => () => window.clearTimeout(urlTimer.current), []);
  const onSearch = (q: string) => {
    setSearch(q);
    window.clearTimeout(urlTimer.current);
    urlTimer.current = window.setTimeout(() => change({ q }), SEARCH_URL_DELAY_MS);
  };
  const filtered = view.q || view.status.length || view.executor.length || view.type.length;

  const onSort = (sort: SortKey) => change({ sort, dir: view.sort === sort && view.dir === 'asc' ? 'desc' : 'asc' });

  return (
    <PageFrame
      title={workspace.data ? `${workspace.data.name}: Deployments` : 'Deployments'}
      actions={
        <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to={paths.createDeployment(organizationId, workspaceId)}>
          Deployment
        </Button>
      }
      subtitle={
        deployments.data && (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
            <span>
              {deployments.data.length} Deployment{deployments.data.length === 1 ? '' : 's'}
            </span>
            <UpdatedAgo at={deployments.dataUpdatedAt} fetching={deployments.isFetching} />
          </Stack>
        )
      }
    >
      <Stack spacing={1} sx={{ mb: 2 }} role="search" aria-label="Filter Deployments">
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-end' }}>
          <TextInput
            label="Search"
            type="search"
            placeholder="Name, ID, namespace or image tag"
            value={search}
            onChange={(event) => onSearch(event.target.value)}
            style={{ width: 320 }}
          />
          {filtered ? (
            <Button onClick={() => setParams(viewToParams({ ...DEFAULT_VIEW, sort: view.sort, dir: view.dir, pageSize: view.pageSize }), { replace: true })}>
              Clear filters
            </Button>
          ) : null}
        </Stack>
        <ToggleChips label="Status" options={STATUS_OPTIONS} value={view.status} onChange={(status) => change({ status })} />
        <ToggleChips label="Executor" options={EXECUTOR_OPTIONS} value={view.executor} onChange={(executor) => change({ executor })} />
        <ToggleChips label="Type" options={TYPE_OPTIONS} value={view.type} onChange={(type) => change({ type })} />
      </Stack>

      {deployments.isPending ? (
        <Loading label="Loading Deployments" />
      ) : deployments.isError ? (
        <ErrorPanel {...describeError(deployments.error, 'load Deployments')} onRetry={() => deployments.refetch()} retrying={deployments.isFetching} />
      ) : deployments.data.length === 0 ? (
        <EmptyState title="No Deployments in this Workspace yet">
          A Deployment is an Airflow environment. Create one with the + Deployment button, the Astro CLI (
          <code>astro deployment create</code>) or the API.
        </EmptyState>
      ) : (
        <Paper variant="outlined">
          {current.total === 0 ? (
            <EmptyState title="No Deployment matches these filters">Change the search or clear the filters.</EmptyState>
          ) : (
            <DeploymentsTable rows={current.rows} orgId={organizationId} view={view} onSort={onSort} />
          )}
          <Pager
            count={current.total}
            page={current.page}
            pageSize={view.pageSize}
            pageSizes={PAGE_SIZES}
            onPage={(page) => change({ page })}
            onPageSize={(pageSize) => change({ pageSize })}
          />          <Typography className="visually-hidden" role="status" aria-live="polite">
            {current.total} matching Deployments
          </Typography>
        </Paper>
      )}
    </PageFrame>
  );
}
