// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeCron } from './cronWords';

describe('cron in words', () => {
  it.each([
    // The three reported: every other hour, 7 as Sunday, and a stepped day of month with a weekday (cron's OR).
    ['0 */2 * * *', 'On the hour, every 2 hours (UTC)'],
    ['0 22 * * 5-7', 'At 22:00, Friday through Sunday (UTC)'],
    ['0 0 */2 * 1', 'At 00:00, every 2 days in a month, and on Monday (UTC)'],
    ['0 17 * * *', 'At 17:00 (UTC)'],
    ['0 7 * * 1-5', 'At 07:00, Monday through Friday (UTC)'],
    ['30 6 1,15 * *', 'At 06:30, on day 1 and 15 of the month (UTC)'],
    ['*/15 9-17 * * *', 'Every 15 minutes, between 09:00 and 17:59 (UTC)'],
  ])('describes %s', (cron, words) => {
    expect(describeCron(cron)).toBe(words);
  });

  it('has no words for an expression the API would refuse', () => {
    expect(describeCron('every night')).toBeNull();
    expect(describeCron('0 25 * * *')).toBeNull();
    // cronstrue reads six fields (seconds first) and macros; the API takes exactly five.
    expect(describeCron('0 0 17 * * *')).toBeNull();
    expect(describeCron('@daily')).toBeNull();
  });
});
