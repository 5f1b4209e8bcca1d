#!/usr/bin/env node
// Fails (exit 1) when a generated file is not what its generator would write from api/openapi.yaml today:
// src/shared/api/schema.gen.ts (`npm run gen:api`) and the Deployment request limits (`npm run gen:validation`).
// Run the generator named in the message and commit the result to fix it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const spec = 'api/openapi.yaml';
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const dir = mkdtempSync(join(tmpdir(), 'flightdeck-gen-'));

const generated = [
  {
    file: 'src/shared/api/schema.gen.ts',
    fix: 'npm run gen:api',
    // Same invocation as the gen:api script, only the output file differs.
    expected: () => {
      const fresh = join(dir, 'schema.gen.ts');
      execFileSync(bin('openapi-typescript'), [spec, '-o', fresh], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
      return readFileSync(fresh, 'utf8');
    },
  },
  {
    file: 'src/features/deployments/domain/requestLimits.gen.ts',
    fix: 'npm run gen:validation',
    expected: () => execFileSync(bin('tsx'), ['scripts/gen-validation.ts', '--stdout'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
  },
];

let failed = false;
try {
  for (const { file, fix, expected } of generated) {
    let current;
    try {
      current = readFileSync(join(root, file), 'utf8');
    } catch {
      console.error(`gen:check: ${file} is missing. Run "${fix}" and commit it.`);
      failed = true;
      continue;
    }
    const want = expected();
    if (current === want) {
      console.log(`gen:check: ${file} matches ${spec}.`);
      continue;
    }
    const a = current.split('\n');
    const b = want.split('\n');
    let line = 0;
    while (line < Math.max(a.length, b.length) && a[line] === b[line]) line++;
    console.error(
      `gen:check: ${file} is out of date with ${spec} (first difference at line ${line + 1}).\n` +
        `  committed: ${JSON.stringify(a[line] ?? '<end of file>')}\n` +
        `  expected:  ${JSON.stringify(b[line] ?? '<end of file>')}\n` +
        `Run "${fix}" and commit the result. Never edit ${file} by hand.`,
    );
    failed = true;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
