import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDotenv, serializeDotenv } from './envDotenv';
import { parseEnvJson, serializeEnvJson } from './envJson';

const key = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,30}$/);
const plain = fc.record({ key, isSecret: fc.constant(false), value: fc.string({ unit: 'grapheme', maxLength: 60 }) });
const secret = fc.record({ key, isSecret: fc.constant(true) });
const vars = fc.uniqueArray(fc.oneof(plain, secret), { selector: (v) => v.key, maxLength: 25 });

describe('parseDotenv', () => {
  it('never throws, and every error names a line of the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const { errors } = parseDotenv(text);
        const lines = text.split(/\r?\n/).length;
        for (const e of errors) {
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.line).toBeLessThanOrEqual(lines);
        }
      }),
    );
  });

  it('reads back exactly what serializeDotenv wrote; secrets come back as keys only', () => {
    fc.assert(
      fc.property(vars, (list) => {
        const { vars: read, errors } = parseDotenv(serializeDotenv(list, 'Exported for a test\nsecond line'));
        expect(errors).toEqual([]);
        expect(read).toEqual(list);
      }),
    );
  });

  it('follows the CLI rules: comments, blanks, one split on =, trimmed quotes, export prefix', () => {
    const text = [
      '# comment',
      '',
      'A=1',
      'B = two words ',
      'C="x=y # not a comment"',
      "D='single'",
      'export E=e',
      'F=f # trailing comment',
      'G= # secret',
      'H=a=b',
    ].join('\n');
    expect(parseDotenv(text)).toEqual({
      vars: [
        { key: 'A', isSecret: false, value: '1' },
        { key: 'B', isSecret: false, value: 'two words' },
        { key: 'C', isSecret: false, value: 'x=y # not a comment' },
        { key: 'D', isSecret: false, value: 'single' },
        { key: 'E', isSecret: false, value: 'e' },
        { key: 'F', isSecret: false, value: 'f' },
        { key: 'G', isSecret: true },
        { key: 'H', isSecret: false, value: 'a=b' },
      ],
      errors: [],
    });
  });

  it('reports each bad line by number and keeps the good ones', () => {
    const { vars: read, errors } = parseDotenv('A=1\nnot a pair\n1BAD=x\nA=2\nQ="open\n');
    expect(read).toEqual([{ key: 'A', isSecret: false, value: '1' }]);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4, 5]);
    expect(errors[0]!.message).toMatch(/^Line 2: expected KEY=VALUE/);
    expect(errors[2]!.message).toBe('Line 4: A is already set on line 1.');
  });

  it('never writes a secret value, even if one is passed in', () => {
    const text = serializeDotenv([{ key: 'S', isSecret: true, value: 'hunter2' }]);
    expect(text).toBe('S= # secret\n');
    expect(serializeEnvJson([{ key: 'S', isSecret: true, value: 'hunter2' }])).not.toContain('hunter2');
  });
});

describe('env JSON', () => {
  it('round-trips every list, secrets as an explicit flag without value', () => {
    fc.assert(
      fc.property(vars, (list) => {
        const { vars: read, errors } = parseEnvJson(serializeEnvJson(list));
        expect(errors).toEqual([]);
        expect(read).toEqual(list);
      }),
    );
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => void parseEnvJson(text)));
  });

  it('reads a flat object and reports bad JSON and bad items by line', () => {
    expect(parseEnvJson('{"A": "1", "B": "x"}').vars).toEqual([
      { key: 'A', isSecret: false, value: '1' },
      { key: 'B', isSecret: false, value: 'x' },
    ]);
    expect(parseEnvJson('{\n"A": "1",\n}').errors[0]!.message).toMatch(/^Line 3: not valid JSON/);
    const bad = parseEnvJson('[\n{"key": "OK", "value": "1"},\n{"key": "9X", "value": "1"}\n]');
    expect(bad.errors).toEqual([{ line: 3, message: 'Line 3 (item 2): “9X” is not a valid key.' }]);
  });
});
