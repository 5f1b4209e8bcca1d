import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { ListSpec } from '../lib/listState';
import { toggleSort } from '../lib/listState';
import { DataTable, type Column } from './DataTable';
import { Pager } from './Pager';
import { useListState } from './useListState';

interface Fruit {
  name: string;
  kg: number;
}
const FRUIT: Fruit[] = Array.from({ length: 12 }, (_, i) => ({ name: `fruit-${String(i).padStart(2, '0')}`, kg: (i * 7) % 12 }));
const SPEC: ListSpec<'name' | 'kg', never> = { sorts: ['name', 'kg'], sort: 'name', pageSizes: [5, 10] };
const COLUMNS: Column<Fruit, 'name' | 'kg'>[] = [
  { header: 'Name', sort: 'name', rowHeader: true, cell: (f) => f.name },
  { header: 'Weight', sort: 'kg', className: 'num', cell: (f) => f.kg },
  { header: 'Actions', hideHeader: true, cell: (f) => <button type="button">Eat {f.name}</button> },
];

function Fruits() {
  const { state, change } = useListState(SPEC);
  const sorted = [...FRUIT].sort((a, b) => (state.sort === 'name' ? a.name.localeCompare(b.name) : a.kg - b.kg) * (state.dir === 'asc' ? 1 : -1));
  return (
    <>
      <DataTable
        aria-label="Fruit"
        columns={COLUMNS}
        rows={sorted.slice(state.page * state.pageSize, (state.page + 1) * state.pageSize)}
        rowKey={(f) => f.name}
        sort={{ sort: state.sort, dir: state.dir, onSort: (sort) => change(toggleSort(state, sort)) }}
      />
      <Pager
        count={sorted.length}
        page={state.page}
        pageSize={state.pageSize}
        pageSizes={SPEC.pageSizes!}
        onPage={(page) => change({ page })}
        onPageSize={(pageSize) => change({ pageSize })}
      />
    </>
  );
}

function renderFruits(url = '/') {
  const router = createMemoryRouter([{ path: '/', element: <Fruits /> }], { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  return { router, user: userEvent.setup() };
}

const names = () =>
  within(screen.getByRole('table', { name: 'Fruit' }))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('DataTable and Pager with the list URL state', () => {
  it('sorts from a header button by keyboard, says so with aria-sort, and keeps it in the URL', async () => {
    const { router, user } = renderFruits();
    const weight = screen.getByRole('columnheader', { name: 'Weight' });
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
    expect(weight).not.toHaveAttribute('aria-sort');
    // The hidden header still names its column for screen readers.
    expect(screen.getByRole('columnheader', { name: 'Actions' })).toBeInTheDocument();

    await user.tab();
    expect(within(screen.getByRole('columnheader', { name: 'Name' })).getByRole('button')).toHaveFocus();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(weight).toHaveAttribute('aria-sort', 'ascending');
    expect(router.state.location.search).toBe('?sort=kg');
    await user.keyboard(' ');
    expect(weight).toHaveAttribute('aria-sort', 'descending');
    expect(router.state.location.search).toBe('?sort=kg&dir=desc');
    expect(screen.getByRole('cell', { name: '11' })).toBeInTheDocument();
  });

  it('pages with the pager: 1-based page and pageSize in the URL, a sort goes back to the first page', async () => {
    const { router, user } = renderFruits('/?page=2');
    expect(names()).toEqual(['fruit-05', 'fruit-06', 'fruit-07', 'fruit-08', 'fruit-09']);
    const pages = screen.getByRole('navigation', { name: 'Pages' });
    expect(pages).toHaveTextContent('6–10 of 12');
    await user.click(within(pages).getByRole('button', { name: 'Next page' }));
    expect(router.state.location.search).toBe('?page=3');
    expect(names()).toEqual(['fruit-10', 'fruit-11']);
    await user.selectOptions(within(pages).getByRole('combobox', { name: 'Rows per page' }), '10');
    expect(router.state.location.search).toBe('?pageSize=10');
    await user.click(screen.getByRole('button', { name: 'Name' }));
    expect(router.state.location.search).toBe('?dir=desc&pageSize=10');
    expect(names()[0]).toBe('fruit-11');
  });

  it('opens a bad link on the defaults instead of failing', () => {
    renderFruits('/?sort=nope&dir=up&page=-1&pageSize=7');
    expect(names()).toEqual(['fruit-00', 'fruit-01', 'fruit-02', 'fruit-03', 'fruit-04']);
  });
});

// Rows with a link, a plain focusable status (a hint on focus, as the Deployments list has) and two buttons.
interface Job {
  id: string;
  hint?: boolean;
  off?: boolean;
}
const JOBS: Job[] = Array.from({ length: 25 }, (_, i) => ({ id: `job-${i + 1}`, hint: i % 2 === 0, off: i === 3 }));
const JOB_COLUMNS: Column<Job>[] = [
  {
    header: 'Status',
    cell: (j) =>
      j.hint ? (
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- as the list's status badge: focusable for its hint
        <span tabIndex={0}>Running {j.id}</span>
      ) : (
        'Idle'
      ),
  },
  { header: 'Name', cell: (j) => <a href={`/jobs/${j.id}`}>{j.id}</a> },
  {
    header: 'Actions',
    hideHeader: true,
    cell: (j) => (
      <>
        <button type="button" disabled={j.off}>
          Stop {j.id}
        </button>
        <button type="button">Delete {j.id}</button>
      </>
    ),
  },
];

function Jobs({ rows = JOBS, onOpen }: { rows?: Job[]; onOpen?: (href: string) => void }) {
  return (
    <>
      <button type="button">Before</button>
      <DataTable
        aria-label="Jobs"
        columns={JOB_COLUMNS}
        rows={rows}
        rowKey={(j) => j.id}
        bodyProps={{
          onClick: (event) => {
            const link = (event.target as Element).closest('a');
            if (!link) return;
            event.preventDefault();
            onOpen?.(link.getAttribute('href')!);
          },
        }}
      />
      <button type="button">After</button>
    </>
  );
}

describe('DataTable rows: one tab stop, arrow keys inside', () => {
  it('takes one Tab press for 25 rows of links and buttons, and Shift+Tab comes back to the row left', async () => {
    const user = userEvent.setup();
    render(<Jobs />);
    await user.click(screen.getByRole('button', { name: 'Before' }));
    const stops: string[] = [];
    for (let i = 0; i < 10 && !screen.getByRole('button', { name: 'After' }).matches(':focus'); i++) {
      await user.tab();
      stops.push(document.activeElement!.textContent!);
    }
    // 25 rows had 3 to 4 stops each (about 90 presses); the caption says how to move instead.
    expect(stops).toEqual(['Running job-1', 'After']);
    expect(screen.getByRole('table', { name: 'Jobs' })).toHaveAccessibleDescription(/arrow keys move between rows/);

    await user.tab({ shift: true });
    expect(screen.getByText('Running job-1')).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await user.click(screen.getByRole('button', { name: 'After' }));
    await user.tab({ shift: true });
    expect(screen.getByRole('link', { name: 'job-3' })).toHaveFocus();
  });

  it('moves with Up and Down between rows (same column, else the first control), Left and Right in a row, Home and End', async () => {
    const user = userEvent.setup();
    render(<Jobs />);
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    await user.keyboard('{ArrowDown}');
    // Row 2 has no status to focus: its link.
    expect(screen.getByRole('link', { name: 'job-2' })).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Delete job-2' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Delete job-2' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowDown}{ArrowDown}');
    // Row 4's Stop is disabled: the other control in its column.
    expect(screen.getByRole('button', { name: 'Delete job-4' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('link', { name: 'job-4' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('link', { name: 'job-25' })).toHaveFocus();
    await user.keyboard('{ArrowUp}{Home}');
    expect(screen.getByRole('link', { name: 'job-1' })).toHaveFocus();
    expect(screen.getAllByRole('link').filter((a) => a.tabIndex === 0)).toHaveLength(1);
  });

  it('opens the row with Enter on its status, and keeps one stop when the row that had it goes away', async () => {
    const user = userEvent.setup();
    const opened: string[] = [];
    const { rerender } = render(<Jobs onOpen={(href) => opened.push(href)} />);
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    await user.keyboard('{Enter}');
    expect(opened).toEqual(['/jobs/job-1']);
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowLeft}');
    expect(screen.getByText('Running job-3')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(opened).toEqual(['/jobs/job-1', '/jobs/job-3']);

    rerender(<Jobs rows={JOBS.filter((j) => j.id !== 'job-3')} onOpen={(href) => opened.push(href)} />);
    const stops = [...document.querySelectorAll('tbody [tabindex="0"]')].map((el) => el.textContent);
    // The same place: the row that moved up into it.
    expect(stops).toEqual(['job-4']);
  });
});
