import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ID_TAIL_MIN, distinctLabels, nameKey } from './sameNames';
import { namesakeWarning, namesakes } from './namesakes';

const a = { id: 'clp15wbgedj54rhny767c3jr2', name: 'sales-etl' };
const b = { id: 'clp15wbgedj54rhny767c9xk4', name: 'Sales-ETL ' };
const c = { id: 'clp15wbgedj54rhny767d1aa1', name: 'reporting' };

describe('nameKey', () => {
  it('takes case and surrounding or repeated spaces as the same name', () => {
    expect(nameKey('  Data   Platform ')).toBe(nameKey('data platform'));
    expect(nameKey('data-platform')).not.toBe(nameKey('data platform'));
  });
});

describe('namesakes', () => {
  it('finds the items a new name repeats, leaving out the one being renamed', () => {
    expect(namesakes([a, b, c], 'SALES-etl')).toEqual([a, b]);
    expect(namesakes([a, b, c], 'sales-etl', a.id)).toEqual([b]);
    expect(namesakes([a, b, c], 'sales')).toEqual([]);
  });

  it('says nothing for a blank name', () => {
    expect(namesakes([{ id: '1', name: ' ' }], '  ')).toEqual([]);
  });
});

describe('distinctLabels', () => {
  it('leaves a name that no other item has as it is', () => {
    expect(distinctLabels([a, c]).get(a.id)).toBe('sales-etl');
  });

  it('adds the end of the id to each repeat, as long as it takes for them to differ', () => {
    const labels = distinctLabels([a, b, c]);
    expect(labels.get(a.id)).toBe('sales-etl (ID\u00a0…\u20603jr2)');
    expect(labels.get(b.id)).toBe('Sales-ETL (ID\u00a0…\u20609xk4)');
    expect(labels.get(c.id)).toBe('reporting');
    // Ids that end alike need more of their end.
    const twins = distinctLabels([
      { id: 'aaaa0000zzzz', name: 'x' },
      { id: 'aaaa1000zzzz', name: 'x' },
    ]);
    expect([...twins.values()]).toEqual(['x (ID\u00a0…\u20600000zzzz)', 'x (ID\u00a0…\u20601000zzzz)']);
  });

  it('labels every item apart, whatever the names and ids (property)', () => {
    const item = fc.record({ id: fc.stringMatching(/^[a-z0-9]{1,12}$/), name: fc.constantFrom('a', 'A', 'b', ' a ') });
    fc.assert(
      fc.property(fc.uniqueArray(item, { selector: (i) => i.id, maxLength: 8 }), (items) => {
        const labels = distinctLabels(items);
        expect(new Set(items.map((i) => nameKey(labels.get(i.id)!))).size).toBe(items.length);
        for (const i of items) {
          if (namesakes(items, i.name, i.id).length === 0) expect(labels.get(i.id)).toBe(i.name);
          else expect(labels.get(i.id)!.startsWith(i.name.trim())).toBe(true);
        }
      }),
    );
  });

  it('shows at least ID_TAIL_MIN characters of the id', () => {
    const labels = distinctLabels([
      { id: 'abcdef1', name: 'x' },
      { id: 'abcdef2', name: 'x' },
    ]);
    expect(labels.get('abcdef1')).toBe(`x (ID\u00a0…\u2060${'abcdef1'.slice(-ID_TAIL_MIN)})`);
  });
});

describe('namesakeWarning', () => {
  it('says who has the name already and that it can still be used', () => {
    expect(namesakeWarning('Deployment', 'in this Workspace', [])).toBeUndefined();
    expect(namesakeWarning('Deployment', 'in this Workspace', [a])).toBe(
      'A Deployment in this Workspace is already named “sales-etl”. You can still use the name; lists then tell them apart by the end of their IDs.',
    );
    expect(namesakeWarning('Workspace', 'in this Organization', [a, b])).toMatch(/^2 Workspaces in this Organization are already named “sales-etl”\./);
  });
});
