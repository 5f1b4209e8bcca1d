// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cronProblem, isValidCron, nextRun, previousRun, upcomingRuns } from './cron';

describe('5-field cron', () => {
  it.each(['0 17 * * *', '0 9 * * 1', '*/15 9-17 * * MON-FRI', '0 0 1,15 * *', '30 6 * JAN-MAR 0', '0 0 * * 7', '5-55/10 * * * *'])('accepts %s', (cron) => {
    expect(cronProblem(cron)).toBeNull();
  });

  it.each([
    ['0 17 * *', /5 fields.*found 4/],
    ['0 17 * * * *', /found 6/],
    ['', /found 0/],
    ['60 * * * *', /minute/],
    ['0 24 * * *', /hour/],
    ['0 0 0 * *', /day of month/],
    ['0 0 * 13 *', /month/],
    ['0 0 * * 8', /day of week/],
    ['0 0 * * FUN', /day of week/],
    ['*/0 * * * *', /minute/],
    ['10-5 * * * *', /minute/],
    ['@daily', /5 fields/],
  ])('rejects %s', (cron, problem) => {
    expect(cronProblem(cron)).toMatch(problem);
  });

  it('never throws, whatever the input', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof isValidCron(s) === 'boolean'));
  });

  it('accepts any in-range numbers in every field', () => {
    const field = (min: number, max: number) => fc.integer({ min, max }).map(String);
    fc.assert(fc.property(field(0, 59), field(0, 23), field(1, 31), field(1, 12), field(0, 7), (...parts) => isValidCron(parts.join(' '))));
  });
});

describe('cron preview', () => {
  const at = (iso: string) => new Date(iso);

  it('has no runs for an invalid expression', () => {
    expect(upcomingRuns('0 25 * * *', new Date())).toBeNull();
  });

  it('finds the next and previous runs in UTC', () => {
    // 2026-11-22 is a Sunday.
    expect(nextRun('0 7 * * 1-5', at('2026-11-22T10:00:00Z'))?.toISOString()).toBe('2026-11-23T07:00:00.000Z');
    expect(nextRun('0 17 * * *', at('2026-11-22T17:00:00Z'))?.toISOString()).toBe('2026-11-23T17:00:00.000Z');
    expect(previousRun('0 19 * * 5', at('2026-11-22T10:00:00Z'))?.toISOString()).toBe('2026-11-20T19:00:00.000Z');
    expect(previousRun('0 17 * * *', at('2026-11-22T17:00:00Z'))?.toISOString()).toBe('2026-11-22T17:00:00.000Z');
    expect(nextRun('0 0 29 2 *', at('2026-03-01T00:00:00Z'))?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });

  it('follows cron: with both day fields restricted, either may match', () => {
    // From Tuesday 24 November 2026, Monday the 30th comes before the 1st of December.
    expect(nextRun('0 0 1 * 1', at('2026-11-24T00:00:00Z'))?.toISOString()).toBe('2026-11-30T00:00:00.000Z');
    // A step restricts its field too: every odd day or any Monday. From Tuesday 24 November 2026 that is the 25th.
    expect(nextRun('0 0 */2 * 1', at('2026-11-24T00:00:00Z'))?.toISOString()).toBe('2026-11-25T00:00:00.000Z');
    // Wednesday 2 December: the 3rd is odd, before Monday the 7th.
    expect(nextRun('0 0 */2 * 1', at('2026-12-02T00:00:00Z'))?.toISOString()).toBe('2026-12-03T00:00:00.000Z');
  });

  it('counts 7 as Sunday and steps through hours', () => {
    // Sunday 22 November 2026, 23:00: the next of Friday to Sunday at 22:00 is Friday the 27th.
    expect(nextRun('0 22 * * 5-7', at('2026-11-22T23:00:00Z'))?.toISOString()).toBe('2026-11-27T22:00:00.000Z');
    expect(nextRun('0 */2 * * *', at('2026-11-22T22:00:00Z'))?.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(nextRun('0 */2 * * *', at('2026-11-22T09:30:00Z'))?.toISOString()).toBe('2026-11-22T10:00:00.000Z');
  });

  it('shows the next runs in UTC and in the viewer’s zone', () => {
    expect(upcomingRuns('0 17 * * 5', at('2026-11-22T10:00:00Z'), 2, 'en-GB', 'Europe/Berlin')).toEqual([
      { utc: 'Fri 27 Nov, 17:00 UTC', local: expect.stringMatching(/Fri 27 Nov, 18:00 CET/) },
      { utc: 'Fri 4 Dec, 17:00 UTC', local: expect.stringMatching(/Fri 4 Dec, 18:00 CET/) },
    ]);
  });

  it('every next run matches the expression and comes after the start', () => {
    const field = (min: number, max: number) => fc.integer({ min, max }).map(String);
    fc.assert(
      fc.property(
        field(0, 59),
        field(0, 23),
        fc.constantFrom('*', '1-5', '0,6'),
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        (m, h, dow, start) => {
          const run = nextRun(`${m} ${h} * * ${dow}`, start)!;
          const prev = previousRun(`${m} ${h} * * ${dow}`, run)!;
          return run > start && run.getUTCMinutes() === Number(m) && run.getUTCHours() === Number(h) && prev.getTime() === run.getTime();
        },
      ),
    );
  });

  it('with steps in every field, the next run matches and no earlier minute after the start does', () => {
    fc.assert(
      fc.property(
        fieldWithStep(0, 59),
        fieldWithStep(0, 23),
        // Days up to 28 exist in every month, so each expression fires within a year.
        fieldWithStep(1, 28),
        fieldWithStep(1, 12),
        fieldWithStep(0, 7),
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        (minute, hour, day, month, weekday, start) => {
          const expression = [minute, hour, day, month, weekday].join(' ');
          const run = nextRun(expression, start);
          if (!run || run <= start || !matches(expression, run)) return false;
          return firstMatchBetween(expression, start, run) === null;
        },
      ),
    );
  });
});

// A field item with a step (star/s, a/s or a-b/s), sometimes listed with a plain value.
function fieldWithStep(min: number, max: number) {
  const value = fc.integer({ min, max });
  const step = fc.integer({ min: 1, max: max - min + 1 });
  const stepped = fc.oneof(
    step.map((s) => `*/${s}`),
    fc.tuple(value, step).map(([a, s]) => `${a}/${s}`),
    fc.tuple(value, value, step).map(([a, b, s]) => `${Math.min(a, b)}-${Math.max(a, b)}/${s}`),
  );
  return fc.oneof(
    stepped,
    fc.tuple(stepped, value).map(([item, v]) => `${item},${v}`),
  );
}

/** A reading of cron written apart from cron.ts, as the test's oracle. */
function fieldMatches(text: string, value: number, min: number, max: number): boolean {
  return text.split(',').some((item) => {
    const [range = '', stepText] = item.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    const [from, to] =
      range === '*' ? [min, max] : range.includes('-') ? range.split('-').map(Number) : [Number(range), stepText === undefined ? Number(range) : max];
    return value >= from! && value <= to! && (value - from!) % step === 0;
  });
}

function dayMatches(expression: string, t: Date): boolean {
  const [, , day = '', month = '', weekday = ''] = expression.split(' ');
  if (!fieldMatches(month, t.getUTCMonth() + 1, 1, 12)) return false;
  const dom = fieldMatches(day, t.getUTCDate(), 1, 31);
  const dow = fieldMatches(weekday, t.getUTCDay(), 0, 7) || (t.getUTCDay() === 0 && fieldMatches(weekday, 7, 0, 7));
  const free = (text: string) => text === '*' || text === '*/1';
  return free(day) || free(weekday) ? dom && dow : dom || dow;
}

function matches(expression: string, t: Date): boolean {
  const [minute = '', hour = ''] = expression.split(' ');
  return fieldMatches(minute, t.getUTCMinutes(), 0, 59) && fieldMatches(hour, t.getUTCHours(), 0, 23) && dayMatches(expression, t);
}

/** The first matching minute strictly between the two times, skipping days that cannot match. */
function firstMatchBetween(expression: string, after: Date, before: Date): Date | null {
  const MINUTE = 60_000;
  const DAY = 1440 * MINUTE;
  let t = Math.floor(after.getTime() / MINUTE) * MINUTE + MINUTE;
  while (t < before.getTime()) {
    if (!dayMatches(expression, new Date(t))) {
      t = Math.floor(t / DAY) * DAY + DAY;
      continue;
    }
    if (matches(expression, new Date(t))) return new Date(t);
    t += MINUTE;
  }
  return null;
}
