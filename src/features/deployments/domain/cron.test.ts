// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cronPreview, cronProblem, describeCron, isValidCron, nextRun, previousRun } from './cron';

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
    fc.assert(
      fc.property(field(0, 59), field(0, 23), field(1, 31), field(1, 12), field(0, 7), (...parts) => isValidCron(parts.join(' '))),
    );
  });
});

describe('cron preview', () => {
  const at = (iso: string) => new Date(iso);

  it.each([
    ['0 17 * * *', 'at 17:00 UTC, every day'],
    ['0 9 * * 1', 'at 09:00 UTC, Monday'],
    ['0 7 * * 1-5', 'at 07:00 UTC, Monday to Friday'],
    ['30 6 1,15 * *', 'at 06:30 UTC, on day 1 and 15 of the month'],
    ['0 0 * JAN-MAR SAT,SUN', 'at 00:00 UTC, Sunday and Saturday in January to March'],
    ['*/15 9-17 * * *', 'at minutes 0, 15, 30, 45 from 09:00 to 17:59 UTC, every day'],
  ])('describes %s', (cron, words) => {
    expect(describeCron(cron)).toBe(words);
  });

  it('has no words for an invalid expression', () => {
    expect(describeCron('every night')).toBeNull();
    expect(cronPreview('0 25 * * *', new Date())).toBeNull();
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
  });

  it('shows the next runs in UTC and in the viewer’s zone', () => {
    const preview = cronPreview('0 17 * * 5', at('2026-11-22T10:00:00Z'), 2, 'en-GB', 'Europe/Berlin');
    expect(preview?.summary).toBe('at 17:00 UTC, Friday');
    expect(preview?.next).toEqual([
      { utc: 'Fri 27 Nov, 17:00 UTC', local: expect.stringMatching(/Fri 27 Nov, 18:00 CET/) },
      { utc: 'Fri 4 Dec, 17:00 UTC', local: expect.stringMatching(/Fri 4 Dec, 18:00 CET/) },
    ]);
  });

  it('every next run matches the expression and comes after the start', () => {
    const field = (min: number, max: number) => fc.integer({ min, max }).map(String);
    fc.assert(
      fc.property(field(0, 59), field(0, 23), fc.constantFrom('*', '1-5', '0,6'), fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }), (m, h, dow, start) => {
        const run = nextRun(`${m} ${h} * * ${dow}`, start)!;
        const prev = previousRun(`${m} ${h} * * ${dow}`, run)!;
        return run > start && run.getUTCMinutes() === Number(m) && run.getUTCHours() === Number(h) && prev.getTime() === run.getTime();
      }),
    );
  });
});
