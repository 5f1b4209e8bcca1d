import { memo, useCallback, useId, type HTMLAttributes, type Key, type ReactNode, type Ref, type TableHTMLAttributes } from 'react';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import type { SortDir } from '../lib/listState';
import { TableFrame } from './TableFrame';
import { useRovingRows, type RovingOptions } from './useRovingRows';

export interface Column<T, S extends string = string> {
  /** The header; a string is also the column's name for `visually-hidden` headers and keys. */
  header: string;
  /** Show the header to screen readers only (an actions or checkbox column). */
  hideHeader?: boolean;
  /** The sort key this column's header button sets. */
  sort?: S;
  /** A fixed width (px or CSS): with `fixed`, the browser lays out rows without measuring every cell. */
  width?: number | string;
  /** Cell classes (see TableFrame). */
  className?: string;
  /** The cell is the row's header (`<th scope="row">`): screen readers announce it with each cell. */
  rowHeader?: boolean;
  cell: (row: T, index: number) => ReactNode;
}

export interface TableSort<S extends string> {
  sort: S;
  dir: SortDir;
  onSort: (sort: S) => void;
}

// Made once: React skips re-rendering an element it has already rendered in the same place.
const ARROW = <ArrowUpwardIcon aria-hidden />;

/** The header row: a sortable column's header is a button (Enter and Space sort) and carries aria-sort. */
export function DataTableHead<T, S extends string>({ columns, sort, rowIndex }: { columns: readonly Column<T, S>[]; sort?: TableSort<S>; rowIndex?: number }) {
  return (
    <thead>
      <tr aria-rowindex={rowIndex}>
        {columns.map((column) => {
          const sorted = sort && column.sort === sort.sort;
          return (
            <th key={column.header} scope="col" className={column.className} aria-sort={sorted ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
              {column.hideHeader ? (
                <span className="visually-hidden">{column.header}</span>
              ) : sort && column.sort ? (
                <button type="button" className="sort" onClick={() => sort.onSort(column.sort!)}>
                  {column.header}
                  {ARROW}
                </button>
              ) : (
                column.header
              )}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

export type RowAttributes = HTMLAttributes<HTMLTableRowElement> & { [data: `data-${string}`]: string | undefined };

function RowCells<T, S extends string>({
  row,
  index,
  columns,
  attributes,
}: {
  row: T;
  index: number;
  columns: readonly Column<T, S>[];
  attributes?: RowAttributes;
}) {
  return (
    <tr {...attributes}>
      {columns.map((column) => {
        const Cell = column.rowHeader ? 'th' : 'td';
        return (
          <Cell key={column.header} scope={column.rowHeader ? 'row' : undefined} className={column.className}>
            {column.cell(row, index)}
          </Cell>
        );
      })}
    </tr>
  );
}

/**
 * One row. Re-renders only when its row, position, columns or row attributes change: keep `columns` and
 * `rowAttributes` stable (module constants or memoised) and a list update re-renders only the rows it changed.
 */
export const DataRow = memo(function DataRow<T, S extends string>({
  row,
  index,
  columns,
  rowAttributes,
}: {
  row: T;
  index: number;
  columns: readonly Column<T, S>[];
  rowAttributes?: (row: T, index: number) => RowAttributes;
}) {
  return <RowCells row={row} index={index} columns={columns} attributes={rowAttributes?.(row, index)} />;
}) as <T, S extends string>(props: {
  row: T;
  index: number;
  columns: readonly Column<T, S>[];
  rowAttributes?: (row: T, index: number) => RowAttributes;
}) => ReactNode;

export interface DataTableProps<T, S extends string> extends Omit<TableHTMLAttributes<HTMLTableElement>, 'children'> {
  /** The table's accessible name. */
  'aria-label': string;
  columns: readonly Column<T, S>[];
  rows: readonly T[];
  /** A row's key. Keyed by position (`(_, i) => i`), a new page rewrites the rows on screen instead of building new ones. */
  rowKey: (row: T, index: number) => Key;
  rowAttributes?: (row: T, index: number) => RowAttributes;
  sort?: TableSort<S>;
  /** Fixed layout: column widths come from `columns`, and stay put while the rows change. */
  fixed?: boolean;
  /** Props for the rows' `<tbody>` (focus and click handlers shared by every row). */
  bodyProps?: HTMLAttributes<HTMLTableSectionElement> & { ref?: Ref<HTMLTableSectionElement> };
  tableRef?: Ref<HTMLTableElement>;
  /** Scroll sideways inside its own frame when the columns need more width than there is. */
  scroll?: boolean;
}

const SCROLL = { overflowX: 'auto' } as const;

/** How to move in the rows, for screen readers: the table's description (`aria-describedby` its id). */
export function KeysCaption({ id }: { id: string }) {
  return (
    <caption id={id} className="visually-hidden">
      The rows are one stop for Tab: arrow keys move between rows and a row&apos;s controls, Home and End to the first and last row.
    </caption>
  );
}

type BodyProps = NonNullable<DataTableProps<unknown, string>['bodyProps']>;

function assign<E>(ref: Ref<E> | undefined, el: E | null) {
  if (typeof ref === 'function') ref(el);
  else if (ref) ref.current = el;
}

/** The rows' tbody props with the roving tab stop's handlers composed in (the caller's run first). */
export function useRovingBody(bodyProps: BodyProps = {}, options?: RovingOptions): BodyProps {
  const roving = useRovingRows(options);
  const { ref, onFocus, onKeyDown, ...rest } = bodyProps;
  const own = roving.ref;
  const both = useCallback(
    (el: HTMLTableSectionElement | null) => {
      const cleanup = own(el);
      assign(ref, el);
      return () => {
        cleanup?.();
        assign(ref, null);
      };
    },
    [own, ref],
  );
  return {
    ...rest,
    ref: both,
    onFocus: (event) => {
      onFocus?.(event);
      roving.onFocus(event);
    },
    onKeyDown: (event) => {
      onKeyDown?.(event);
      roving.onKeyDown(event);
    },
  };
}

/**
 * The console's one table: light enough for the first visit, with a sortable header (`aria-sort`, header
 * buttons). Put the shared Pager under it for pages (its own module: a list without pages does not load it),
 * and keep the view in the URL with useListState. For thousands of rows at once use VirtualDataTable.
 */
export function DataTable<T, S extends string = string>({
  columns,
  rows,
  rowKey,
  rowAttributes,
  sort,
  fixed,
  bodyProps,
  tableRef,
  scroll,
  className,
  ...table
}: DataTableProps<T, S>) {
  const body = useRovingBody(bodyProps);
  const keys = useId();
  const frame = (
    <TableFrame ref={tableRef} className={className} style={fixed ? { tableLayout: 'fixed' } : undefined} aria-describedby={keys} {...table}>
      {(fixed || columns.some((column) => column.width !== undefined)) && (
        <colgroup>
          {columns.map((column) => (
            <col key={column.header} style={column.width !== undefined ? { width: column.width } : undefined} />
          ))}
        </colgroup>
      )}
      <KeysCaption id={keys} />
      <DataTableHead columns={columns} sort={sort} />
      <tbody {...body}>
        {rows.map((row, i) => (
          <DataRow key={rowKey(row, i)} row={row} index={i} columns={columns} rowAttributes={rowAttributes} />
        ))}
      </tbody>
    </TableFrame>
  );
  return scroll ? <div style={SCROLL}>{frame}</div> : frame;
}
