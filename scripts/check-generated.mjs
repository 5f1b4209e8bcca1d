#!/usr/bin/env node
// Fails (exit 1) when src/shared/api/schema.gen.ts is not what `npm run gen:api` would produce from
// api/openapi.yaml today. Run `npm run gen:api` and commit the result to fix it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const spec = 'api/openapi.yaml';
const committed = 'src/shared/api/schema.gen.ts';
const dir = mkdtempSync(join(tmpdir(), 'flightdeck-gen-'));
const fresh = join(dir, 'schema.gen.ts');

try {
  // Same invocation as the gen:api script, only the output file differs.
  const bin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'openapi-typescript.cmd' : 'openapi-typescript');
  execFileSync(bin, [spec, '-o', fresh], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

  let current;
  try {
    current = readFileSync(join(root, committed), 'utf8');
  } catch {
    console.error(`gen:check: ${committed} is missing. Run "npm run gen:api" and commit it.`);
    process.exit(1);
  }
  const expected = readFileSync(fresh, 'utf8');
  if (current !== expected) {
    const a = current.split('\n');
    const b = expected.split('\n');
    let line = 0;
    while (line < Math.max(a.length, b.length) && a[line] === b[line]) line++;
    console.error(
      `gen:check: ${committed} is out of date with ${spec} (first difference at line ${line + 1}).\n` +
        `  committed: ${JSON.stringify(a[line] ?? '<end of file>')}\n` +
        `  expected:  ${JSON.stringify(b[line] ?? '<end of file>')}\n` +
        `Run "npm run gen:api" and commit the result. Never edit ${committed} by hand.`,
    );
    process.exit(1);
  }
  console.log(`gen:check: ${committed} matches ${spec}.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
