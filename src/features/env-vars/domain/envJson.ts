import type { LineError, ParsedEnvFile } from './envDotenv';
import type { ImportedVar } from './envImport';
import { ENV_KEY_PATTERN } from './envKeys';

/**
 * Our JSON export: `{ "environmentVariables": [{ "key", "isSecret", "value"? }] }`. A secret has
 * `"isSecret": true` and no `value`. Reading also accepts a bare array of those, or a flat
 * `{ "KEY": "value" }` object.
 */
export function serializeEnvJson(vars: ReadonlyArray<{ key: string; isSecret: boolean; value?: string }>): string {
  const environmentVariables = vars.map((v) => (v.isSecret ? { key: v.key, isSecret: true } : { key: v.key, isSecret: false, value: v.value ?? '' }));
  return `${JSON.stringify({ environmentVariables }, null, 2)}\n`;
}

export function parseEnvJson(text: string): ParsedEnvFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const line = lineOfJsonError(text, error);
    return { vars: [], errors: [{ line, message: `Line ${line}: not valid JSON (${(error as Error).message}).` }] };
  }
  const list = Array.isArray(parsed)
    ? parsed
    : isObject(parsed) && Array.isArray(parsed.environmentVariables)
      ? parsed.environmentVariables
      : isObject(parsed)
        ? Object.entries(parsed).map(([key, value]) => ({ key, value, isSecret: false }))
        : undefined;
  if (!list) return { vars: [], errors: [{ line: 1, message: 'Line 1: expected a list of variables or an object of KEY: value.' }] };
  const vars: ImportedVar[] = [];
  const errors: LineError[] = [];
  const seen = new Set<string>();
  const lineOf = stringLines(text);
  list.forEach((item: unknown, i) => {
    const key = isObject(item) && typeof item.key === 'string' ? item.key : undefined;
    const line = key ? (lineOf.get(JSON.stringify(key)) ?? 1) : 1;
    const where = `Line ${line} (item ${i + 1})`;
    if (!isObject(item) || key === undefined) return void errors.push({ line, message: `${where}: needs a string "key".` });
    if (!ENV_KEY_PATTERN.test(key)) return void errors.push({ line, message: `${where}: “${key}” is not a valid key.` });
    if (seen.has(key)) return void errors.push({ line, message: `${where}: ${key} is listed twice.` });
    const isSecret = item.isSecret === true;
    if (item.value !== undefined && typeof item.value !== 'string')
      return void errors.push({ line, message: `${where}: the value of ${key} must be a string.` });
    if (!isSecret && item.value === undefined) return void errors.push({ line, message: `${where}: ${key} has no value.` });
    seen.add(key);
    vars.push(isSecret && item.value === undefined ? { key, isSecret } : { key, isSecret, value: item.value as string });
  });
  return { vars, errors };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** V8 reports "position N" (or "line L column C"); turn either into a line number. */
function lineOfJsonError(text: string, error: unknown): number {
  const message = error instanceof Error ? error.message : '';
  const lineMatch = /line (\d+)/i.exec(message);
  if (lineMatch) return Number(lineMatch[1]);
  const pos = /position (\d+)/i.exec(message);
  if (pos) return text.slice(0, Number(pos[1])).split('\n').length;
  return 1;
}

/**
 * The line of the first occurrence of each JSON string literal, in one pass: looking each key up with
 * indexOf and counting the lines before it made reading a long file quadratic.
 */
function stringLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let line = 1;
  const literal = /"(?:[^"\\\n]|\\.)*"|\n/g;
  for (let m = literal.exec(text); m; m = literal.exec(text)) {
    if (m[0] === '\n') line++;
    else if (!lines.has(m[0])) lines.set(m[0], line);
  }
  return lines;
}
