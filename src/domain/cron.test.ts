// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cronProblem, isValidCron } from './cron';

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
