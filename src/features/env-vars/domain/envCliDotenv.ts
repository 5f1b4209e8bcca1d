import { parseDotenv } from './envDotenv';

/**
 * The `.env` grammar of astro-cli's `astro deployment variable create|update --load --env FILE`, and a file
 * written for it. The CLI reads one line per variable: it skips empty lines and lines starting with `#`,
 * splits on the first `=`, skips an empty key or value and a key the file already set, then strips every
 * `"` and then every `'` from both ends of the value, then white space. It knows no escapes, no `export`,
 * and no secret marker: `KEY= # secret` would be loaded as the value "# secret".
 */

/** Go's unicode.IsSpace, which strings.TrimSpace trims (JavaScript's trim also takes U+FEFF). */
const GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const TRIM_SPACE = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, 'g');
const trimChar = (s: string, c: string) => {
  let start = 0;
  let end = s.length;
  while (start < end && s[start] === c) start++;
  while (end > start && s[end - 1] === c) end--;
  return s.slice(start, end);
};

/** The value the CLI stores for what follows `KEY=` on a line. */
export function cliValue(raw: string): string {
  return trimChar(trimChar(raw, '"'), "'").replace(TRIM_SPACE, '');
}

export interface CliReadResult {
  vars: Array<{ key: string; value: string }>;
  /** Lines the CLI reports and creates nothing for. */
  skipped: number[];
}

/** What the CLI loads from `text` (a model of its reader, for round-trip tests). */
export function readCliDotenv(text: string): CliReadResult {
  const vars: CliReadResult['vars'] = [];
  const skipped: number[] = [];
  const seen = new Set<string>();
  // bufio.ScanLines: split on \n, drop one \r before it.
  text.split('\n').forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    const key = eq < 0 ? '' : line.slice(0, eq);
    const value = eq < 0 ? '' : line.slice(eq + 1);
    if (!key || !value || seen.has(key)) return void skipped.push(i + 1);
    seen.add(key);
    vars.push({ key, value: cliValue(value) });
  });
  return { vars, skipped };
}

/** Why the CLI cannot load `value` as it is, or undefined when it can. */
export function cliProblem(value: string): string | undefined {
  if (value === '') return 'its value is empty, and the CLI skips empty values.';
  if (/[\r\n]/.test(value)) return 'its value has a line break, and the CLI reads one line per variable.';
  if (cliValue(value) !== value) return 'its value starts or ends with a space or a quote, which the CLI strips.';
  return undefined;
}

export interface CliExport {
  text: string;
  /** Plain variables left out of the file, and why: the CLI would load another value. */
  left: Array<{ key: string; reason: string }>;
  /** Secrets, named in comments only: their values are never exported, and the CLI keeps what is stored. */
  secrets: string[];
}

/**
 * A file the CLI loads back exactly: `KEY=value` lines, nothing escaped. A value the CLI would change is
 * left out and reported, never written mangled. A secret is a comment, so loading the file keeps the stored
 * value. Where it costs nothing, a value is written so that Flightdeck's import reads it the same too:
 * double quotes around a value our reader would take for a comment or a secret marker.
 */
export function serializeCliDotenv(vars: ReadonlyArray<{ key: string; isSecret: boolean; value?: string }>, header?: string): CliExport {
  const lines = header ? header.split('\n').map((l) => `# ${l}`) : [];
  const left: CliExport['left'] = [];
  const secrets: string[] = [];
  for (const v of vars) {
    if (v.isSecret) {
      secrets.push(v.key);
      lines.push(`# ${v.key} is a secret: its value is not exported, and loading this file keeps the stored one.`);
      continue;
    }
    const value = v.value ?? '';
    const reason = cliProblem(value) ?? (utf8Length(v.key) + 1 + utf8Length(value) + 2 >= MAX_CLI_LINE ? TOO_LONG : undefined);
    if (reason) {
      left.push({ key: v.key, reason });
      lines.push(`# ${v.key} is left out: ${reason}`);
      continue;
    }
    lines.push(`${v.key}=${readsTheSameHere(v.key, value) ? value : `"${value}"`}`);
  }
  return { text: `${lines.join('\n')}\n`, left, secrets };
}

/** bufio.Scanner's default buffer: a longer line stops the CLI reading the file. */
const MAX_CLI_LINE = 64 * 1024;
const TOO_LONG = 'its line would be longer than the 64 KiB the CLI reads.';
const utf8Length = (s: string) => new TextEncoder().encode(s).length;

function readsTheSameHere(key: string, value: string): boolean {
  const bare = parseDotenv(`${key}=${value}`).vars[0];
  if (bare && !bare.isSecret && bare.value === value) return true;
  // Quotes help only where our reader takes the quoted text literally.
  return /["\\]/.test(value);
}
