import { useEffect, useMemo, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TablePagination from '@mui/material/TablePagination';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import SearchIcon from '@mui/icons-material/Search';
import { describeError } from '../../api/describeError';
import { useDeployments } from '../../api/queries/deployments';
import { useWorkspace } from '../../api/queries/workspaces';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { PageFrame } from '../../components/PageFrame';
import { UpdatedAgo } from '../../components/UpdatedAgo';
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
import { EXECUTOR_OPTIONS, MultiFilter, STATUS_OPTIONS, TYPE_OPTIONS } from './DeploymentFilters';

const SEARCH_URL_DELAY_MS = 300;

export default function DeploymentsPage() {
  const { organizationId = '', workspaceId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseView(params), [params]);
  const workspace = useWorkspace(organizationId, workspaceId);
  const deployments = useDeployments(organizationId, workspaceId);
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
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ mb: 2, flexWrap: 'wrap' }} role="search" aria-label="Filter Deployments">
        <TextField
          size="small"
          label="Search"
          placeholder="Name, ID, namespace or image tag"
          value={search}
          onChange={(event) => onSearch(event.target.value)}
          sx={{ minWidth: 260 }}
          slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> } }}
        />
        <MultiFilter label="Status" options={STATUS_OPTIONS} value={view.status} onChange={(status) => change({ status })} />
        <MultiFilter label="Executor" options={EXECUTOR_OPTIONS} value={view.executor} onChange={(executor) => change({ executor })} />
        <MultiFilter label="Type" options={TYPE_OPTIONS} value={view.type} onChange={(type) => change({ type })} />
        {filtered ? (
          <Button onClick={() => setParams(viewToParams({ ...DEFAULT_VIEW, sort: view.sort, dir: view.dir, pageSize: view.pageSize }), { replace: true })}>
            Clear filters
          </Button>
        ) : null}
      </Stack>

      {deployments.isPending ? (
        <Loading label="Loading Deployments" />
      ) : deployments.isError ? (
        <ErrorPanel {...describeError(deployments.error, 'load Deployments')} onRetry={() => deployments.refetch()} retrying={deployments.isFetching} />
      ) : deployments.data.length === 0 ? (
        <EmptyState title="No Deployments in this Workspace yet">
          A Deployment is an Airflow environment. Create one with the Astro CLI (<code>astro deployment create</code>) or the
          API.
        </EmptyState>
      ) : (
        <Paper variant="outlined">
          {current.total === 0 ? (
            <EmptyState title="No Deployment matches these filters">Change the search or clear the filters.</EmptyState>
          ) : (
            <DeploymentsTable rows={current.rows} orgId={organizationId} view={view} onSort={onSort} />
          )}
          <TablePagination
            component="div"
            count={current.total}
            page={current.page}
            rowsPerPage={view.pageSize}
            rowsPerPageOptions={[...PAGE_SIZES]}
            onPageChange={(_event, page) => change({ page })}
            onRowsPerPageChange={(event) => change({ pageSize: Number(event.target.value) })}
          />
          <Typography className="visually-hidden" role="status" aria-live="polite">
            {current.total} matching Deployments
          </Typography>
        </Paper>
      )}
    </PageFrame>
  );
}
