import { memo, useMemo } from 'react';
import Typography from '@mui/material/Typography';
import type { Deployment } from '../../../../shared/api/types';
import { EmptyState } from '../../../../shared/ui/EmptyState';
import { Pager } from '../../../../shared/ui/Pager';
import { PAGE_SIZES, type DeploymentView, type SearchIndex, type SortKey } from '../../domain/deploymentView';
import { DeploymentsTable } from './DeploymentsTable';
import { useSearchText, type SearchText } from './searchText';

const MemoPager = memo(Pager);

const NO_MATCH = <EmptyState title="No Deployment matches these filters">Change the search or clear the filters.</EmptyState>;

/**
 * The one live region of the list, for screen readers: how many match and, when there are more pages,
 * which ones show. Its text changes only when those numbers do, not on every keystroke.
 */
const MatchCount = memo(function MatchCount({ total, page, pageSize }: { total: number; page: number; pageSize: number }) {
  const first = page * pageSize + 1;
  const last = Math.min(total, (page + 1) * pageSize);
  return (
    <Typography className="visually-hidden" role="status" aria-live="polite">
      {total} matching Deployment{total === 1 ? '' : 's'}
      {total > pageSize ? `, showing ${first}–${last}` : ''}
    </Typography>
  );
});

/**
 * The table, the pager and the count, filtered by what the search box shows right now (the URL follows
 * when typing pauses). Subscribes to the box itself, so a keystroke renders this and not the page.
 */
export const DeploymentsResults = memo(function DeploymentsResults({
  search,
  index,
  view,
  orgId,
  labels,
  onSort,
  onPage,
  onPageSize,
}: {
  search: SearchText;
  index: SearchIndex<Deployment>;
  view: DeploymentView;
  orgId: string;
  labels: ReadonlyMap<string, string>;
  onSort: (sort: SortKey) => void;
  onPage: (page: number) => void;
  onPageSize: (pageSize: number) => void;
}) {
  const q = useSearchText(search);
  // While the URL catches up with the box, a new search starts on the first page.
  const current = useMemo(() => index.pageOf({ ...view, q, page: q === view.q ? view.page : 0 }), [index, view, q]);
  return (
    <>
      {current.total === 0 ? NO_MATCH : <DeploymentsTable rows={current.rows} orgId={orgId} labels={labels} sort={view.sort} dir={view.dir} onSort={onSort} />}
      <MemoPager count={current.total} page={current.page} pageSize={view.pageSize} pageSizes={PAGE_SIZES} onPage={onPage} onPageSize={onPageSize} />
      <MatchCount total={current.total} page={current.page} pageSize={view.pageSize} />
    </>
  );
});
