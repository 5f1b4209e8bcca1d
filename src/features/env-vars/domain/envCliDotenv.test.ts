import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cliProblem, readCliDotenv, serializeCliDotenv } from './envCliDotenv';
import { parseDotenv, serializeDotenv } from './envDotenv';

const key = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,30}$/);
const value = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('# secret', 'a #b', 'say "hi" twice', 'C:\\new', ' x', "'q'", 'a\nb', ''),
);
const plain = fc.record({ key, isSecret: fc.constant(false), value });
const secret = fc.record({ key, isSecret: fc.constant(true) });
const vars = fc.uniqueArray(fc.oneof(plain, secret), { selector: (v) => v.key, maxLength: 25 });

describe('the .env export for the Astro CLI', () => {
  it('the CLI loads back every plain value it writes, exactly; what it cannot load is left out and named', () => {
    fc.assert(
      fc.property(vars, (list) => {
        const file = serializeCliDotenv(list, 'header\nsecond line');
        const loaded = readCliDotenv(file.text);
        expect(loaded.skipped).toEqual([]);
        const plainVars = list.filter((v) => !v.isSecret);
        expect(loaded.vars).toEqual(plainVars.filter((v) => !cliProblem(v.value ?? '')).map((v) => ({ key: v.key, value: v.value })));
        expect(file.left.map((l) => l.key)).toEqual(plainVars.filter((v) => cliProblem(v.value ?? '')).map((v) => v.key));
        // Secrets: named in comments only, so loading keeps the stored value.
        expect(file.secrets).toEqual(list.filter((v) => v.isSecret).map((v) => v.key));
      }),
    );
  });

  it('Flightdeck’s import reads it the same, for values without quotes or backslashes', () => {
    fc.assert(
      fc.property(vars, (list) => {
        const file = serializeCliDotenv(list);
        const { vars: read, errors } = parseDotenv(file.text);
        expect(errors).toEqual([]);
        const written = new Map(readCliDotenv(file.text).vars.map((v) => [v.key, v.value]));
        for (const v of read) if (!/["\\]/.test(written.get(v.key) ?? '')) expect(v.value).toBe(written.get(v.key));
      }),
    );
  });

  it('says why a value is left out', () => {
    const file = serializeCliDotenv([
      { key: 'MULTI', isSecret: false, value: 'line one\nline two' },
      { key: 'PADDED', isSecret: false, value: ' padded' },
      { key: 'QUOTED', isSecret: false, value: '"quoted"' },
      { key: 'EMPTY', isSecret: false, value: '' },
      { key: 'MARKER', isSecret: false, value: '# secret' },
      { key: 'INNER', isSecret: false, value: 'say "hi" twice' },
      { key: 'TOKEN', isSecret: true },
    ]);
    expect(file.left).toEqual([
      { key: 'MULTI', reason: 'its value has a line break, and the CLI reads one line per variable.' },
      { key: 'PADDED', reason: 'its value starts or ends with a space or a quote, which the CLI strips.' },
      { key: 'QUOTED', reason: 'its value starts or ends with a space or a quote, which the CLI strips.' },
      { key: 'EMPTY', reason: 'its value is empty, and the CLI skips empty values.' },
    ]);
    expect(file.text.split('\n').filter((l) => !l.startsWith('#'))).toEqual(['MARKER="# secret"', 'INNER=say "hi" twice', '']);
    expect(readCliDotenv(file.text).vars).toEqual([
      { key: 'MARKER', value: '# secret' },
      { key: 'INNER', value: 'say "hi" twice' },
    ]);
  });

  it('models the CLI reader: what the Flightdeck export gives it is why this export exists', () => {
    const ours = serializeDotenv([
      { key: 'INNER', isSecret: false, value: 'say "hi" twice' },
      { key: 'TOKEN', isSecret: true },
    ]);
    // The CLI keeps the backslashes and loads the secret marker as a value.
    expect(readCliDotenv(ours).vars).toEqual([
      { key: 'INNER', value: 'say \\"hi\\" twice' },
      { key: 'TOKEN', value: '# secret' },
    ]);
  });
});
