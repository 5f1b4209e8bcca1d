/** The most items a list endpoint returns in one page. */
export const MAX_PAGE_SIZE = 1000;

/**
 * Every item of a paged list: asks for page after page until it holds `totalCount` items or a page comes
 * back empty (so a list that shrinks between two requests cannot loop forever). Each page starts after
 * the items already received, so a server that answers fewer than the limit asked for (the spec states no
 * maximum for some lists, so a server may cap them lower) skips nothing.
 */
export async function fetchAllPages<Page extends { totalCount: number }, Item>(
  fetchPage: (offset: number, limit: number) => Promise<Page>,
  itemsOf: (page: Page) => Item[],
): Promise<Item[]> {
  const all: Item[] = [];
  for (;;) {
    const page = await fetchPage(all.length, MAX_PAGE_SIZE);
    const items = itemsOf(page);
    all.push(...items);
    if (items.length === 0 || all.length >= page.totalCount) return all;
  }
}
