import { memo, useCallback, useMemo } from 'react';
import { Link as RouterLink } from '../../../../shared/routes/Link';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import AddIcon from '@mui/icons-material/Add';
import { describeError } from '../../../../shared/api/describeError';
import { useDeployments } from '../../api';
import { EmptyState } from '../../../../shared/ui/EmptyState';
import { ErrorPanel } from '../../../../shared/ui/ErrorPanel';
import { Loading } from '../../../../shared/ui/Loading';
import { PageFrame } from '../../../../shared/ui/PageFrame';
import { TextInput } from '../../../../shared/ui/TextInput';
import { ToggleChips } from '../../../../shared/ui/ToggleChips';
import { UpdatedAgo } from '../../../../shared/ui/UpdatedAgo';
import { useListState, useUrlShowsPage } from '../../../../shared/ui/useListState';
import { toggleSort } from '../../../../shared/lib/listState';
import { useAnnounceFinished } from '../../../../shared/ui/statusWatch';
import { paths } from '../../../../shared/routes/paths';
import { usePrefetchOnIntent } from '../../../../shared/routes/prefetchOnIntent';
import { DEFAULT_VIEW, VIEW_SPEC, createSearchIndex, sameItems, sortRows, type DeploymentView, type SortKey } from '../../domain/deploymentView';
import { DeploymentsResults } from './DeploymentsResults';
import { distinctLabels } from '../../../../shared/lib/sameNames';
import { useSearchBox, useSearchText, type SearchText } from './searchText';
import { EXECUTOR_OPTIONS, STATUS_OPTIONS, TYPE_OPTIONS } from '../../domain/filterOptions';

const SEARCH_URL_DELAY_MS = 300;
const SEARCH_STYLE = { width: 320 };

/** The search box; it subscribes to the text itself, so typing does not re-render the page around it. */
const SearchBox = memo(function SearchBox({ search, onSearch }: { search: SearchText; onSearch: (q: string) => void }) {
  const text = useSearchText(search);
  return (
    <TextInput
      label="Search"
      type="search"
      placeholder="Name, ID, namespace or image tag"
      value={text}
      onChange={(event) => onSearch(event.target.value)}
      style={SEARCH_STYLE}
    />
  );
});

type Filters = Pick<DeploymentView, 'status' | 'executor' | 'type'>;

/** The three filters; they re-render only when one of them changes, not when the search does. */
const FilterChips = memo(
  function FilterChips({ status, executor, type, change }: Filters & { change: (patch: Partial<DeploymentView>) => void }) {
    return (
      <>
        <ToggleChips label="Status" options={STATUS_OPTIONS} value={status} onChange={(value) => change({ status: value })} />
        <ToggleChips label="Executor" options={EXECUTOR_OPTIONS} value={executor} onChange={(value) => change({ executor: value })} />
        <ToggleChips label="Type" options={TYPE_OPTIONS} value={type} onChange={(value) => change({ type: value })} />
      </>
    );
  },
  (before, after) =>
    before.change === after.change &&
    sameItems(before.status, after.status) &&
    sameItems(before.executor, after.executor) &&
    sameItems(before.type, after.type),
);

/** One Workspace's Deployments: search, filters, sort and page live in the URL. */
export function DeploymentsList({ organizationId, workspaceId, workspaceName }: { organizationId: string; workspaceId: string; workspaceName?: string }) {
  const list = useListState(VIEW_SPEC);
  const { state: view, change, replace: replaceView } = list;
  const deployments = useDeployments(organizationId, workspaceId);
  useAnnounceFinished(deployments.data);
  const prefetchOnIntent = usePrefetchOnIntent();

  // The box shows what was typed at once; the URL (a router navigation, so a render of the page) follows
  // when typing pauses.
  const writeQ = useCallback((q: string) => change({ q }), [change]);
  const search = useSearchBox(view.q, writeQ, SEARCH_URL_DELAY_MS);
  const onClear = () => {
    search.reset('');
    replaceView({ ...DEFAULT_VIEW, sort: view.sort, dir: view.dir, pageSize: view.pageSize });
  };

  const sorted = useMemo(() => sortRows(deployments.data ?? [], view.sort, view.dir), [deployments.data, view.sort, view.dir]);
  const index = useMemo(() => createSearchIndex(sorted), [sorted]);
  const labels = useMemo(() => distinctLabels(deployments.data ?? []), [deployments.data]);
  useUrlShowsPage(list, deployments.data ? index.pageOf(view).page : undefined);

  const onSort = useCallback((sort: SortKey) => change(toggleSort({ sort: view.sort, dir: view.dir }, sort)), [change, view.sort, view.dir]);
  const onPage = useCallback((page: number) => change({ page }), [change]);
  const onPageSize = useCallback((pageSize: number) => change({ pageSize }), [change]);
  const filtered = view.q || view.status.length || view.executor.length || view.type.length;

  return (
    <PageFrame
      title={workspaceName ? `${workspaceName}: Deployments` : 'Deployments'}
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
          <SearchBox search={search.text} onSearch={search.onSearch} />
          {filtered ? <Button onClick={onClear}>Clear filters</Button> : null}
        </Stack>
        <FilterChips status={view.status} executor={view.executor} type={view.type} change={change} />
      </Stack>

      {deployments.isPending ? (
        <Loading label="Loading Deployments" />
      ) : deployments.isError ? (
        <ErrorPanel {...describeError(deployments.error, 'load Deployments')} onRetry={() => deployments.refetch()} retrying={deployments.isFetching} />
      ) : deployments.data.length === 0 ? (
        <EmptyState title="No Deployments in this Workspace yet">
          A Deployment is an Airflow environment. Create one with the + Deployment button, the Astro CLI (<code>astro deployment create</code>) or the API.
        </EmptyState>
      ) : (
        <Paper variant="outlined" component="section" aria-label="Results" {...prefetchOnIntent}>
          <DeploymentsResults
            search={search.text}
            index={index}
            view={view}
            orgId={organizationId}
            labels={labels}
            onSort={onSort}
            onPage={onPage}
            onPageSize={onPageSize}
          />
        </Paper>
      )}
    </PageFrame>
  );
}
