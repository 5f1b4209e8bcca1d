import type { ImportedVar } from './envImport';
import { ENV_KEY_PATTERN } from './envKeys';

export interface LineError {
  line: number;
  message: string;
}

export interface ParsedEnvFile {
  vars: ImportedVar[];
  errors: LineError[];
}

/** Written after `KEY=` for a secret: the key is exported, its value never is. */
const SECRET_MARKER = '# secret';
const SECRET_LINE = /^#\s*secret\s*$/i;

/**
 * Reads a `.env` file the way the Astro CLI does (one `=` split per line, `#` and blank lines skipped,
 * surrounding quotes and whitespace trimmed), plus what our export writes: `export ` prefixes,
 * double-quoted values with `\n`, `\t`, `\"` and `\\` escapes, and `KEY= # secret` for a secret whose
 * value is not in the file. Never throws: every problem is reported with its line number.
 */
export function parseDotenv(text: string): ParsedEnvFile {
  const reader = dotenvReader();
  splitLines(text).forEach((raw, i) => reader.read(raw, i + 1));
  return reader.result();
}

export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/**
 * parseDotenv one line at a time, so that a long file can be read in steps between which the page paints.
 * Each line costs the same whatever came before (the duplicate check is a Map), so a file reads in linear time.
 */
export function dotenvReader() {
  const vars: ImportedVar[] = [];
  const errors: LineError[] = [];
  const seen = new Map<string, number>();
  const read = (raw: string, line: number) => {
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    const body = trimmed.replace(/^export\s+/, '');
    const eq = body.indexOf('=');
    if (eq < 0) {
      errors.push({ line, message: `Line ${line}: expected KEY=VALUE, found “${clip(trimmed)}”.` });
      return;
    }
    const key = body.slice(0, eq).trim();
    if (!key) {
      errors.push({ line, message: `Line ${line}: the key is empty.` });
      return;
    }
    if (!ENV_KEY_PATTERN.test(key)) {
      errors.push({ line, message: `Line ${line}: “${clip(key)}” is not a valid key (letters, digits and underscores, not starting with a digit).` });
      return;
    }
    const value = readValue(body.slice(eq + 1));
    if ('error' in value) {
      errors.push({ line, message: `Line ${line}: ${value.error}` });
      return;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({ line, message: `Line ${line}: ${key} is already set on line ${first}.` });
      return;
    }
    seen.set(key, line);
    vars.push(value.secret ? { key, isSecret: true } : { key, isSecret: false, value: value.value });
  };
  return { read, result: (): ParsedEnvFile => ({ vars, errors }) };
}

type ValueResult = { value: string; secret?: false } | { secret: true } | { error: string };

function readValue(rest: string): ValueResult {
  const text = rest.trim();
  if (SECRET_LINE.test(text)) return { secret: true };
  if (text.startsWith('"')) return readDoubleQuoted(text);
  if (text.startsWith("'")) {
    const end = text.indexOf("'", 1);
    if (end < 0) return { error: 'the single quote is not closed.' };
    return afterQuote(text.slice(1, end), text.slice(end + 1));
  }
  // Unquoted: a ` #` starts a comment, as in most .env readers.
  const comment = text.search(/\s#/);
  return { value: (comment < 0 ? text : text.slice(0, comment)).trim() };
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

function readDoubleQuoted(text: string): ValueResult {
  let value = '';
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') return afterQuote(value, text.slice(i + 1));
    if (c === '\\' && i + 1 < text.length) {
      const next = text[i + 1]!;
      value += ESCAPES[next] ?? `\\${next}`;
      i++;
    } else value += c;
  }
  return { error: 'the double quote is not closed.' };
}

function afterQuote(value: string, tail: string): ValueResult {
  const t = tail.trim();
  if (t && !t.startsWith('#')) return { error: `unexpected text after the closing quote: “${clip(t)}”.` };
  return { value };
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** Values that read back the same without quotes. */
const BARE = /^[A-Za-z0-9_./:@,+\-=%*?!&^~|[\]{}()<>;$]+$/;

/**
 * Writes a `.env` file that `parseDotenv` reads back exactly. Secrets are written as `KEY= # secret`:
 * their values are never part of an export.
 */
export function serializeDotenv(vars: ReadonlyArray<{ key: string; isSecret: boolean; value?: string }>, header?: string): string {
  const lines = header ? header.split('\n').map((l) => `# ${l}`) : [];
  for (const v of vars) {
    if (v.isSecret) lines.push(`${v.key}= ${SECRET_MARKER}`);
    else lines.push(`${v.key}=${quote(v.value ?? '')}`);
  }
  return `${lines.join('\n')}\n`;
}

function quote(value: string): string {
  if (BARE.test(value) && !value.startsWith('#')) return value;
  return `"${value.replace(/[\\"\n\r\t]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\${c}`))}"`;
}
