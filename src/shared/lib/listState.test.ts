import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalParams, defaultListState, listStateToParams, parseListState, toggleSort, type ListSpec } from './listState';

const SPEC: ListSpec<'name' | 'status' | 'runtime', 'status' | 'tag'> = {
  sorts: ['name', 'status', 'runtime'],
  sort: 'name',
  pageSizes: [25, 50, 100],
  filters: { status: ['HEALTHY', 'DEGRADED', 'UNHEALTHY'], tag: undefined },
};
const parse = (search: string) => parseListState(SPEC, new URLSearchParams(search));

describe('list URL state', () => {
  it('reads the one convention: q, comma-separated filters, sort + dir, 1-based page, pageSize', () => {
    expect(parse('q=etl&status=HEALTHY,DEGRADED&tag=a&tag=b&sort=runtime&dir=desc&page=3&pageSize=50')).toEqual({
      q: 'etl',
      status: ['HEALTHY', 'DEGRADED'],
      tag: ['a', 'b'],
      sort: 'runtime',
      dir: 'desc',
      page: 2,
      pageSize: 50,
    });
  });

  it('falls back to the default for every bad value instead of throwing', () => {
    expect(parse('sort=evil&dir=sideways&page=-3&pageSize=7&status=NOPE,,')).toEqual(defaultListState(SPEC));
    expect(parse('page=1.5&pageSize=1e2')).toEqual(defaultListState(SPEC));
    expect(parse('page=99999999999999999999999')).toEqual(defaultListState(SPEC));
    expect(parse('page=0')).toEqual(defaultListState(SPEC));
  });

  it('writes only what differs from the default', () => {
    expect(listStateToParams(SPEC, defaultListState(SPEC)).toString()).toBe('');
    expect(listStateToParams(SPEC, { ...defaultListState(SPEC), page: 1, status: ['HEALTHY', 'DEGRADED'] }).toString()).toBe(
      'status=HEALTHY%2CDEGRADED&page=2',
    );
  });

  it("keeps the query string's other parameters and drops its old list ones", () => {
    const base = new URLSearchParams('compare=a,b&size=25&sort=-name');
    expect(listStateToParams(SPEC, defaultListState(SPEC), base).toString()).toBe('compare=a%2Cb');
  });

  it('reads old links: a -key sort is descending, and size with a 0-based page', () => {
    expect(parse('sort=-status')).toMatchObject({ sort: 'status', dir: 'desc' });
    expect(parse('page=2&size=50')).toMatchObject({ page: 2, pageSize: 50 });
    expect(parse('page=0&size=nope')).toMatchObject({ page: 0, pageSize: 25 });
  });

  it('ignores the page of a list without pages', () => {
    const spec: ListSpec<'order' | 'key', never> = { sorts: ['order', 'key'], sort: 'order' };
    expect(parseListState(spec, new URLSearchParams('page=4&sort=-key'))).toEqual({ q: '', sort: 'key', dir: 'desc', page: 0, pageSize: 0 });
  });

  it('toggles a sort: the same column flips, another starts ascending', () => {
    expect(toggleSort({ sort: 'name', dir: 'asc' }, 'name')).toEqual({ sort: 'name', dir: 'desc' });
    expect(toggleSort({ sort: 'name', dir: 'desc' }, 'name')).toEqual({ sort: 'name', dir: 'asc' });
    expect(toggleSort({ sort: 'name', dir: 'desc' }, 'status')).toEqual({ sort: 'status', dir: 'asc' });
  });

  it('gives every state back: parse(serialize(s)) equals s', () => {
    const token = fc.string({ minLength: 1 }).filter((s) => !s.includes(','));
    const state = fc.record({
      q: fc.string(),
      status: fc.uniqueArray(fc.constantFrom('HEALTHY', 'DEGRADED', 'UNHEALTHY')),
      tag: fc.uniqueArray(token),
      sort: fc.constantFrom('name' as const, 'status' as const, 'runtime' as const),
      dir: fc.constantFrom('asc' as const, 'desc' as const),
      page: fc.nat(10_000),
      pageSize: fc.constantFrom(25, 50, 100),
    });
    fc.assert(
      fc.property(state, fc.webQueryParameters(), (s, other) => {
        // Whatever else is in the query string (a dialog, a comparison) does not change the list's state.
        const base = new URLSearchParams(other);
        const search = listStateToParams(SPEC, s, base).toString();
        expect(parseListState(SPEC, new URLSearchParams(search))).toEqual(s);
      }),
    );
  });

  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(fc.webQueryParameters(), (search) => {
        const s = parse(search);
        expect(SPEC.sorts).toContain(s.sort);
        expect(SPEC.pageSizes).toContain(s.pageSize);
        expect(Number.isSafeInteger(s.page) && s.page >= 0).toBe(true);
      }),
    );
  });
});

describe('canonical list URLs', () => {
  const canonical = (search: string, page?: number) => canonicalParams(SPEC, new URLSearchParams(search), page)?.toString();

  it('reads filter values, sorts and directions in any case', () => {
    expect(parse('status=healthy,Degraded&sort=RUNTIME&dir=DESC')).toMatchObject({ status: ['HEALTHY', 'DEGRADED'], sort: 'runtime', dir: 'desc' });
  });

  it('leaves a canonical query string alone, whatever its order and other parameters', () => {
    expect(canonical('')).toBeUndefined();
    expect(canonical('page=2&compare=a&status=HEALTHY')).toBeUndefined();
    expect(canonical('page=3', 2)).toBeUndefined();
  });

  it('rewrites what the list reads differently from what the URL says', () => {
    expect(canonical('status=healthy')).toBe('status=HEALTHY');
    expect(canonical('status=NOPE&q=etl')).toBe('q=etl');
    expect(canonical('sort=-status&compare=a')).toBe('compare=a&sort=status&dir=desc');
    expect(canonical('page=1&pageSize=25')).toBe('');
    expect(canonical('page=99&status=HEALTHY', 2)).toBe('status=HEALTHY&page=3');
    expect(canonical('page=99', 0)).toBe('');
  });

  it('gives a query string that is canonical', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.nat(5), { nil: undefined }), (search, page) => {
        const fixed = canonicalParams(SPEC, new URLSearchParams(search), page);
        if (fixed) expect(canonicalParams(SPEC, fixed, page)).toBeUndefined();
      }),
    );
  });
});
