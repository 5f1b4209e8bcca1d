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
