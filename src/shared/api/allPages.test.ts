import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE, fetchAllPages } from './allPages';

/** A list endpoint over `items` that answers at most `cap` items a page, whatever limit is asked for. */
function endpoint(items: number[], cap = Infinity) {
  const asked: Array<[number, number]> = [];
  const fetchPage = async (offset: number, limit: number) => {
    asked.push([offset, limit]);
    return { items: items.slice(offset, offset + Math.min(limit, cap)), totalCount: items.length };
  };
  return { asked, fetchPage };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('fetchAllPages', () => {
  it('follows full pages until it has totalCount items', async () => {
    const list = endpoint(range(2 * MAX_PAGE_SIZE + 5));
    expect(await fetchAllPages(list.fetchPage, (page) => page.items)).toEqual(range(2 * MAX_PAGE_SIZE + 5));
    expect(list.asked).toEqual([
      [0, MAX_PAGE_SIZE],
      [MAX_PAGE_SIZE, MAX_PAGE_SIZE],
      [2 * MAX_PAGE_SIZE, MAX_PAGE_SIZE],
    ]);
  });

  it('asks once for a list that fits one page, and once for an empty one', async () => {
    const small = endpoint(range(3));
    expect(await fetchAllPages(small.fetchPage, (page) => page.items)).toEqual([0, 1, 2]);
    expect(small.asked).toHaveLength(1);
    const empty = endpoint([]);
    expect(await fetchAllPages(empty.fetchPage, (page) => page.items)).toEqual([]);
    expect(empty.asked).toHaveLength(1);
  });

  it('goes on after the items received when the server answers shorter pages than asked for', async () => {
    const list = endpoint(range(1000), 400);
    expect(await fetchAllPages(list.fetchPage, (page) => page.items)).toEqual(range(1000));
    expect(list.asked.map(([offset]) => offset)).toEqual([0, 400, 800]);
  });

  it('stops at an empty page when the list shrank below its totalCount', async () => {
    const fetchPage = async (offset: number) => ({ items: offset === 0 ? [1, 2] : [], totalCount: 5 });
    expect(await fetchAllPages(fetchPage, (page) => page.items)).toEqual([1, 2]);
  });
});
