import cronstrue from 'cronstrue';
import { isValidCron } from './cron';

/**
 * "At 07:00, Monday through Friday (UTC)": a valid 5-field cron in words, or null. Its own module so the
 * schedule field can load cronstrue (about 7 kB gzip) only when it is shown.
 */
export function describeCron(expression: string): string | null {
  if (!isValidCron(expression)) return null;
  return `${cronstrue.toString(expression.trim(), { use24HourTimeFormat: true })} (UTC)`;
}
