import { useCallback, useMemo } from 'react';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { toggleSort } from '../../../shared/lib/listState';
import { Link as RouterLink } from '../../../shared/routes/Link';
import { paths } from '../../../shared/routes/paths';
import { DataTable, type Column } from '../../../shared/ui/DataTable';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { Tag } from '../../../shared/ui/Tag';
import { ToggleChips } from '../../../shared/ui/ToggleChips';
import { useListState } from '../../../shared/ui/useListState';
import type { Known, RuntimeEntry } from '../domain/catalogue';
import { composerStateToParams, type ComposerState } from '../domain/composerState';
import { DEFAULT_CHOICE } from '../domain/imageTag';
import { daysLeftText, STATUS_LABEL } from '../domain/lifecycle';
import { RELEASES_SPEC, releaseRows, type ReleaseRow, type ReleasesSort } from '../domain/releasesView';

const AIRFLOW_OPTIONS = [
  { value: '2', label: 'Airflow 2' },
  { value: '3', label: 'Airflow 3' },
];
const SHOW_OPTIONS = [{ value: 'supported', label: 'Supported only' }];

const day = (iso: string) => new Date(`${iso.slice(0, 10)}T12:00:00Z`).toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** A figure, or "unknown"; a derived one says so, with its rule on hover. */
function KnownText<T>({ value, show = String }: { value: Known<T>; show?: (v: T) => string }) {
  if (value.state === 'unknown') return <span className="sub">unknown</span>;
  return (
    <>
      {show(value.value)}
      {value.state === 'derived' && (
        <>
          {' '}
          <Tag title={value.rule}>derived</Tag>
        </>
      )}
    </>
  );
}

function composeLink(orgId: string, version: string) {
  const state: ComposerState = { ...DEFAULT_CHOICE, runtime: version, read: '' };
  return paths.runtimeReleases(orgId, 'tag-composer', composerStateToParams(state).toString());
}

function pythonText(entry: RuntimeEntry) {
  const { versions } = entry.pythons;
  const byDefault = entry.defaultPython;
  if (byDefault.state === 'unknown') {
    return versions.length ? (
      <>
        {versions.join(', ')}
        <span className="sub">default unknown</span>
      </>
    ) : (
      <span className="sub">unknown</span>
    );
  }
  const others = versions.filter((p) => p !== byDefault.value);
  return (
    <>
      {byDefault.value} (default)
      {others.length > 0 && <span className="sub">also {others.join(', ')}</span>}
    </>
  );
}

function columns(orgId: string): Column<ReleaseRow, ReleasesSort>[] {
  return [
    {
      header: 'Runtime',
      sort: 'version',
      rowHeader: true,
      className: 'nowrap',
      cell: ({ entry }) => (
        <>
          {entry.version}
          <span className="sub">
            {entry.offered ? entry.channel : 'not offered by the API'}
            {entry.lts.state !== 'unknown' && entry.lts.value && ' · LTS'}
          </span>
        </>
      ),
    },
    { header: 'Airflow', className: 'nowrap', cell: ({ entry }) => <KnownText value={entry.airflowVersion} /> },
    {
      header: 'Released',
      sort: 'released',
      className: 'nowrap',
      cell: ({ entry }) => (entry.releaseDate ? day(entry.releaseDate) : <span className="sub">unknown</span>),
    },
    {
      header: 'End of maintenance',
      className: 'nowrap',
      cell: ({ entry, lifecycle }) => (
        <>
          <KnownText value={entry.maintenanceEnd} show={day} />
          {lifecycle.maintenanceDaysLeft !== undefined && <span className="sub">{daysLeftText(lifecycle.maintenanceDaysLeft)}</span>}
          {entry.basicSupportEnd.state !== 'unknown' && <span className="sub">Basic Support to {day(entry.basicSupportEnd.value)}</span>}
        </>
      ),
    },
    {
      header: 'Status',
      cell: ({ entry, lifecycle }) => (
        <>
          {STATUS_LABEL[lifecycle.status]}
          {lifecycle.status === 'yanked' && (
            <span className="sub">
              {entry.yanked.state !== 'unknown' && entry.yanked.value.reason ? entry.yanked.value.reason : 'Can never be used; no reason published'}
            </span>
          )}
        </>
      ),
    },
    { header: 'Python', className: 'nowrap', cell: ({ entry }) => pythonText(entry) },
    {
      header: 'DB migration',
      cell: ({ entry }) =>
        entry.airflowDatabaseMigration === undefined ? <span className="sub">unknown</span> : entry.airflowDatabaseMigration ? 'Needed' : 'No',
    },
    { header: 'Deployments', sort: 'deployments', className: 'num', cell: ({ deployments }) => deployments ?? '—' },
    {
      header: 'Links',
      className: 'nowrap',
      cell: ({ entry }) => (
        <RouterLink to={composeLink(orgId, entry.version)} aria-label={`Compose a FROM line for Runtime ${entry.version}`}>
          FROM line
        </RouterLink>
      ),
    },
  ];
}

/** Every Runtime, filtered and sorted by the URL (`?airflow=3&show=supported`). */
export function ReleasesTable({
  organizationId,
  catalogue,
  counts,
  now,
}: {
  organizationId: string;
  catalogue: readonly RuntimeEntry[];
  counts?: ReadonlyMap<string, number>;
  now: Date;
}) {
  const { state: view, change, replace } = useListState(RELEASES_SPEC);
  const rows = useMemo(() => releaseRows(catalogue, counts, view, now), [catalogue, counts, view, now]);
  const cols = useMemo(() => columns(organizationId), [organizationId]);
  const onSort = useCallback((sort: ReleasesSort) => change(toggleSort({ sort: view.sort, dir: view.dir }, sort)), [change, view.sort, view.dir]);
  const filtered = view.airflow.length > 0 || view.show.length > 0;
  const anyDerived = rows.some((r) => r.entry.maintenanceEnd.state === 'derived');

  return (
    <>
      <Stack spacing={1} sx={{ mb: 2 }} role="search" aria-label="Filter Runtime releases">
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <ToggleChips label="Airflow" options={AIRFLOW_OPTIONS} value={view.airflow} onChange={(airflow) => change({ airflow })} />
          <ToggleChips label="Lifecycle" options={SHOW_OPTIONS} value={view.show} onChange={(show) => change({ show })} />
          {filtered && <Button onClick={() => replace({ ...view, airflow: [], show: [] })}>Clear filters</Button>}
        </Stack>
        <Typography variant="caption" color="text.secondary">
          Supported only hides yanked versions and those past their end of maintenance; a version whose end is unknown stays.
        </Typography>
      </Stack>
      {rows.length === 0 ? (
        <EmptyState title="No Runtime matches these filters">Clear the filters to see every Runtime.</EmptyState>
      ) : (
        <Paper variant="outlined" component="section" aria-label="Releases">
          <DataTable
            aria-label="Runtime releases"
            columns={cols}
            rows={rows}
            rowKey={(row) => row.entry.version}
            sort={{ sort: view.sort, dir: view.dir, onSort }}
            scroll
          />
        </Paper>
      )}
      <Typography variant="body2" color="text.secondary" component="p" sx={{ mt: 2 }}>
        {anyDerived &&
          'Derived: an end date no source states, computed from the release date under the policy since Runtime 3.0 (two years of maintenance, then six months of Basic Support, each to the end of the month). '}
        Unknown: neither the API nor the Runtime documentation states it. Facts beyond the API come from Astronomer's Runtime guide and lifecycle policy;{' '}
        <Link href="https://www.astronomer.io/docs/astro/runtime-version-lifecycle-policy" target="_blank" rel="noopener noreferrer">
          read the lifecycle policy (opens in a new tab)
        </Link>
        .
      </Typography>
    </>
  );
}
