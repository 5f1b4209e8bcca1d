import type { EnvVar } from './envDiff';
import { dotenvReader, parseDotenv, splitLines, type ParsedEnvFile } from './envDotenv';
import { importPreviewer, type ImportRow } from './envImport';
import { parseEnvJson } from './envJson';

export type ImportFormat = '.env' | 'JSON';

const looksLikeJson = (text: string) => {
  const t = text.trimStart();
  return t.startsWith('{') || t.startsWith('[');
};

/** JSON when it looks like JSON, `.env` otherwise. */
export function parseEnvText(text: string): ParsedEnvFile & { format: ImportFormat } {
  return looksLikeJson(text) ? { ...parseEnvJson(text), format: 'JSON' } : { ...parseDotenv(text), format: '.env' };
}

export interface ImportProgress {
  phase: 'reading' | 'comparing';
  done: number;
  total: number;
}

export type ImportCheck = ParsedEnvFile & { format: ImportFormat; preview?: ImportRow[] };

/** Lines read, or variables compared, between two steps: a few milliseconds of work each. */
export const IMPORT_STEP = 1000;

/**
 * Reads a pasted or uploaded file and compares it with the editor, yielding after every `step` lines (and
 * again after every `step` variables compared) so the caller can let the page paint and show progress.
 * Every part is linear in the file's length. The preview is there only when the file has no errors.
 */
export function* checkImport(
  text: string,
  current: ReadonlyArray<EnvVar>,
  base: ReadonlyArray<EnvVar>,
  step = IMPORT_STEP,
): Generator<ImportProgress, ImportCheck, void> {
  let parsed: ParsedEnvFile & { format: ImportFormat };
  if (looksLikeJson(text)) parsed = { ...parseEnvJson(text), format: 'JSON' };
  else {
    const lines = splitLines(text);
    const reader = dotenvReader();
    for (let i = 0; i < lines.length; i++) {
      reader.read(lines[i]!, i + 1);
      if ((i + 1) % step === 0 && i + 1 < lines.length) yield { phase: 'reading', done: i + 1, total: lines.length };
    }
    parsed = { ...reader.result(), format: '.env' };
  }
  if (parsed.errors.length || !parsed.vars.length) return parsed;
  const compare = importPreviewer(current, base);
  const preview: ImportRow[] = [];
  for (let i = 0; i < parsed.vars.length; i++) {
    preview.push(compare(parsed.vars[i]!));
    if ((i + 1) % step === 0 && i + 1 < parsed.vars.length) yield { phase: 'comparing', done: i + 1, total: parsed.vars.length };
  }
  return { ...parsed, preview };
}
