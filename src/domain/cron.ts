/**
 * Checks the 5-field cron used by hibernation schedules (minute hour day-of-month month day-of-week, UTC).
 * Accepts `*`, numbers, ranges `a-b`, a step `/n` after `*` or a range, comma lists, and month/day names;
 * no `@daily` macros and no seconds field, since the API asks for exactly five fields.
 */
const FIELDS = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] },
  { name: 'day of week', min: 0, max: 7, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
] as const;

type Field = (typeof FIELDS)[number];

/** Returns null when valid, else a sentence saying what is wrong. */
export function cronProblem(expression: string): string | null {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5 || parts[0] === '') {
    return `Use 5 fields (minute hour day-of-month month day-of-week); found ${parts[0] === '' ? 0 : parts.length}.`;
  }
  for (let i = 0; i < 5; i++) {
    const field = FIELDS[i]!;
    if (!parts[i]!.split(',').every((item) => itemIsValid(item, field))) {
      return `"${parts[i]}" is not a valid ${field.name} (${field.min}-${field.max}).`;
    }
  }
  return null;
}

export function isValidCron(expression: string): boolean {
  return cronProblem(expression) === null;
}

function itemIsValid(item: string, field: Field): boolean {
  const [range, step, extra] = item.split('/');
  if (extra !== undefined || range === undefined || range === '') return false;
  if (step !== undefined && !(/^\d+$/.test(step) && Number(step) >= 1)) return false;
  if (range === '*') return true;
  const bounds = range.split('-');
  if (bounds.length > 2) return false;
  const values = bounds.map((b) => valueOf(b, field));
  if (values.some((v) => v === null)) return false;
  if (values.length === 2 && values[0]! > values[1]!) return false;
  return true;
}

function valueOf(token: string, field: Field): number | null {
  if (/^\d+$/.test(token)) {
    const n = Number(token);
    return n >= field.min && n <= field.max ? n : null;
  }
  if ('names' in field) {
    const index = (field.names as readonly string[]).indexOf(token.toUpperCase());
    if (index >= 0) return field.name === 'month' ? index + 1 : index;
  }
  return null;
}
