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

interface CronSets {
  minutes: ReadonlySet<number>;
  hours: ReadonlySet<number>;
  days: ReadonlySet<number>;
  months: ReadonlySet<number>;
  weekdays: ReadonlySet<number>;
  /** Cron's rule: when both day fields are restricted, a day matches if either does. */
  daysRestricted: boolean;
  weekdaysRestricted: boolean;
}

/** The values each field matches, or null for an invalid expression. */
function parseCron(expression: string): CronSets | null {
  if (cronProblem(expression) !== null) return null;
  const parts = expression.trim().split(/\s+/);
  const sets = FIELDS.map((field, i) => expandField(parts[i]!, field));
  const weekdays = new Set([...sets[4]!].map((d) => d % 7));
  return {
    minutes: sets[0]!,
    hours: sets[1]!,
    days: sets[2]!,
    months: sets[3]!,
    weekdays,
    daysRestricted: isRestricted(parts[2]!),
    weekdaysRestricted: isRestricted(parts[4]!),
  };
}

// A step restricts its field (every other day is not every day), as in croniter and robfig/cron; only a bare
// star, or a star with step 1, leaves it free.
function isRestricted(text: string): boolean {
  return text !== '*' && text !== '*/1';
}

function expandField(text: string, field: Field): Set<number> {
  const out = new Set<number>();
  for (const item of text.split(',')) {
    const [range, stepText] = item.split('/');
    const step = stepText ? Number(stepText) : 1;
    let from: number = field.min;
    let to: number = field.max;
    if (range !== '*') {
      const bounds = range!.split('-').map((b) => valueOf(b, field)!);
      from = bounds[0]!;
      to = bounds.length === 2 ? bounds[1]! : stepText ? field.max : from;
    }
    for (let v = from; v <= to; v += step) out.add(v);
  }
  return out;
}

function dayMatches(c: CronSets, date: Date): boolean {
  if (!c.months.has(date.getUTCMonth() + 1)) return false;
  const dom = c.days.has(date.getUTCDate());
  const dow = c.weekdays.has(date.getUTCDay());
  if (c.daysRestricted && c.weekdaysRestricted) return dom || dow;
  return dom && dow;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Far enough for any valid expression (29 February comes back within 8 years), bounded for safety. */
const SEARCH_DAYS = 8 * 366;

/** The first time strictly after `after` at which the UTC expression fires, or null if never. */
export function nextRun(expression: string, after: Date): Date | null {
  const c = parseCron(expression);
  if (!c) return null;
  const start = Math.floor(after.getTime() / MINUTE) * MINUTE + MINUTE;
  const startDay = Math.floor(start / DAY) * DAY;
  const hours = [...c.hours].sort((a, b) => a - b);
  const minutes = [...c.minutes].sort((a, b) => a - b);
  for (let day = 0; day < SEARCH_DAYS; day++) {
    const dayStart = startDay + day * DAY;
    if (!dayMatches(c, new Date(dayStart))) continue;
    for (const h of hours) {
      for (const m of minutes) {
        const t = dayStart + h * 3_600_000 + m * MINUTE;
        if (t >= start) return new Date(t);
      }
    }
  }
  return null;
}

/** A fixed start, so the comparison below is the same on every machine and day. */
const COMPARE_FROM = new Date(Date.UTC(2024, 0, 1));

/** Whether two valid expressions fire at the same times ("0 9 * * *" and "00 09 * * *"), judged by their next ten runs. */
export function sameTimes(a: string, b: string): boolean {
  let x: Date | null = COMPARE_FROM;
  let y: Date | null = COMPARE_FROM;
  for (let i = 0; i < 10; i++) {
    x = x && nextRun(a, x);
    y = y && nextRun(b, y);
    if (!x || !y || x.getTime() !== y.getTime()) return false;
  }
  return true;
}

/** The last time at or before `at` at which the UTC expression fired, or null if not within the search window. */
export function previousRun(expression: string, at: Date): Date | null {
  const c = parseCron(expression);
  if (!c) return null;
  const end = Math.floor(at.getTime() / MINUTE) * MINUTE;
  const endDay = Math.floor(end / DAY) * DAY;
  const hours = [...c.hours].sort((a, b) => b - a);
  const minutes = [...c.minutes].sort((a, b) => b - a);
  for (let day = 0; day < SEARCH_DAYS; day++) {
    const dayStart = endDay - day * DAY;
    if (!dayMatches(c, new Date(dayStart))) continue;
    for (const h of hours) {
      for (const m of minutes) {
        const t = dayStart + h * 3_600_000 + m * MINUTE;
        if (t <= end) return new Date(t);
      }
    }
  }
  return null;
}

export interface UpcomingRun {
  utc: string;
  local: string;
}

/** The next runs of a hibernation schedule's cron, each in UTC and in the viewer's time zone; null when invalid. */
export function upcomingRuns(expression: string, now: Date, count = 2, locale?: string, timeZone?: string): UpcomingRun[] | null {
  if (!isValidCron(expression)) return null;
  const next: UpcomingRun[] = [];
  let after = now;
  for (let i = 0; i < count; i++) {
    const run = nextRun(expression, after);
    if (!run) break;
    next.push({
      utc:
        run.toLocaleString(locale, {
          timeZone: 'UTC',
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        }) + ' UTC',
      local: run.toLocaleString(locale, {
        timeZone,
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
        timeZoneName: 'short',
      }),
    });
    after = run;
  }
  return next;
}
