import { useCallback, useId, useRef } from 'react';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { styled } from '@mui/material/styles';
import { DataRow, DataTableHead, KeysCaption, useRovingBody, type DataTableProps, type RowAttributes } from './DataTable';
import { TableFrame } from './TableFrame';

const Scroll = styled('div')({ overflow: 'auto' });

/**
 * DataTable for long lists, virtualised: only the rows in view are in the DOM, so a thousand rows scroll and
 * filter smoothly. Rows have one fixed height; spacer rows keep the scroll height right and are hidden from
 * assistive technology, and aria-rowcount / aria-rowindex tell screen readers where they are.
 * Its own module, so the virtualiser is loaded only by the lists that use it.
 */
export function VirtualDataTable<T, S extends string = string>({
  columns,
  rows,
  rowKey,
  rowAttributes,
  sort,
  rowHeight,
  height,
  className,
  ...table
}: Omit<DataTableProps<T, S>, 'fixed' | 'bodyProps' | 'tableRef' | 'scroll'> & { rowHeight: number; height: number }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    initialRect: { width: 1000, height },
    // Before layout (or without one, as in jsdom) the box measures 0: render a screenful, not nothing.
    observeElementRect: (instance, cb) => observeElementRect(instance, (rect) => cb(rect.height ? rect : { width: rect.width, height })),
    getItemKey: (i) => rowKey(rows[i]!, i),
  });
  // Stable, so a row re-renders only when it changes.
  const attributes = useCallback(
    (row: T, index: number): RowAttributes => ({ 'aria-rowindex': index + 2, style: { height: rowHeight }, ...rowAttributes?.(row, index) }),
    [rowAttributes, rowHeight],
  );
  // Home and End reach rows that are not rendered yet: scroll there, and the row is focused once it is in.
  const body = useRovingBody(undefined, { rowCount: rows.length, scrollToRow: (index) => virtualizer.scrollToIndex(index) });
  const keys = useId();
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <Scroll ref={scrollRef} style={{ maxHeight: height }} tabIndex={0} role="region" aria-label={`${table['aria-label']}, scrollable`}>
      <TableFrame
        className={className ? `sticky ${className}` : 'sticky'}
        style={{ tableLayout: 'fixed' }}
        aria-rowcount={rows.length + 1}
        aria-describedby={keys}
        {...table}
      >
        <colgroup>
          {columns.map((column) => (
            <col key={column.header} style={column.width !== undefined ? { width: column.width } : undefined} />
          ))}
        </colgroup>
        <KeysCaption id={keys} />
        <DataTableHead columns={columns} sort={sort} rowIndex={1} />
        <tbody {...body}>
          {top > 0 && <tr aria-hidden="true" style={{ height: top }} />}
          {items.map((item) => (
            <DataRow key={item.key} row={rows[item.index]!} index={item.index} columns={columns} rowAttributes={attributes} />
          ))}
          {bottom > 0 && <tr aria-hidden="true" style={{ height: bottom }} />}
        </tbody>
      </TableFrame>
    </Scroll>
  );
}
