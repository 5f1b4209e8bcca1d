// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCatalogue, findEntry, type RuntimeEntry, type RuntimeRelease } from './catalogue';
import { composeFromLine, DEFAULT_CHOICE, parseFromLine, readImage, tagOf, type ImageChoice } from './imageTag';

const release = (version: string, airflowVersion: string, date: string): RuntimeRelease => ({
  version,
  airflowVersion,
  channel: 'stable',
  releaseDate: `${date}T16:00:00Z`,
  airflowDatabaseMigration: false,
  stellarDatabaseMigration: false,
});
const CATALOGUE = buildCatalogue(
  [
    release('3.1-14', '3.1.6', '2026-10-01'),
    release('3.1-2', '3.1.0', '2026-06-28'),
    release('13.7.0', '2.11.0', '2026-05-01'),
    release('12.4.0', '2.10.5', '2026-03-15'),
    release('11.20.0', '2.9.3', '2025-03-01'),
    release('11.18.0', '2.9.3', '2025-01-21'),
  ],
  ['11.12.0', '11.0.0', '10.9.0', '8.2.0', '12.2.0'],
);
const NOW = new Date('2026-11-24T10:00:00Z');
const at = (version: string) => findEntry(CATALOGUE, version)!;
const choice = (patch: Partial<ImageChoice>): ImageChoice => ({ ...DEFAULT_CHOICE, ...patch });

describe('Composing a FROM line', () => {
  it('writes every documented example in the documented order, from the right registry', () => {
    expect(tagOf('11.0.0', choice({ python: '3.11', slim: true, base: true }))).toBe('11.0.0-python-3.11-slim-base');
    expect(composeFromLine(at('11.20.0'), choice({ distro: 'ubi9', python: '3.11', slim: true })).from).toBe(
      'FROM quay.io/astronomer/astro-runtime:11.20.0-ubi9-python-3.11-slim',
    );
    expect(composeFromLine(at('3.1-14'), choice({ distro: 'ubi9', python: '3.11' }))).toMatchObject({
      from: 'FROM astrocrpublic.azurecr.io/runtime:3.1-14-ubi9-python-3.11',
      refusals: [],
    });
    expect(composeFromLine(at('13.7.0'), choice({ python: '3.12', slim: true })).from).toBe('FROM quay.io/astronomer/astro-runtime:13.7.0-python-3.12-slim');
    expect(composeFromLine(at('3.1-2'), DEFAULT_CHOICE).from).toBe('FROM astrocrpublic.azurecr.io/runtime:3.1-2');
    expect(composeFromLine(at('12.4.0'), choice({ base: true })).from).toBe('FROM quay.io/astronomer/astro-runtime:12.4.0-base');
  });

  it('refuses -python below Runtime 9 and -slim below Runtime 11', () => {
    expect(composeFromLine(at('8.2.0'), choice({ python: '3.10' })).refusals).toEqual([expect.stringContaining('exist from Runtime 9')]);
    const slim = composeFromLine(at('10.9.0'), choice({ slim: true }));
    expect(slim.from).toBeUndefined();
    expect(slim.refusals).toEqual([expect.stringContaining('Slim images exist from Runtime 11')]);
  });

  it('refuses UBI9 outside its versions and its Python set', () => {
    expect(composeFromLine(at('10.9.0'), choice({ distro: 'ubi9', python: '3.11' })).refusals).toEqual([expect.stringContaining('11.13.0 and 12.3.0')]);
    expect(composeFromLine(at('11.12.0'), choice({ distro: 'ubi9', python: '3.11' })).refusals).toEqual([expect.stringContaining('start at 11.13.0')]);
    expect(composeFromLine(at('12.2.0'), choice({ distro: 'ubi9', python: '3.12' })).refusals).toEqual([expect.stringContaining('start at 12.3.0')]);
    expect(composeFromLine(at('12.4.0'), choice({ distro: 'ubi9', python: '3.10' })).refusals).toEqual([expect.stringContaining('Python 3.11 and 3.12 only')]);
    expect(composeFromLine(at('12.4.0'), choice({ distro: 'ubi9' })).refusals).toEqual([expect.stringContaining('pick one')]);
    expect(composeFromLine(at('12.4.0'), choice({ distro: 'ubi9', python: '3.12' })).from).toBe(
      'FROM quay.io/astronomer/astro-runtime:12.4.0-ubi9-python-3.12',
    );
  });

  it('refuses a yanked version', () => {
    const yanked = composeFromLine(at('11.0.0'), choice({ python: '3.11', slim: true, base: true }));
    expect(yanked.from).toBeUndefined();
    expect(yanked.refusals).toEqual([expect.stringContaining('11.0.0 was yanked')]);
  });

  it('refuses a Python the Runtime lacks when its list is complete, and only warns when no source lists them all', () => {
    const complete: RuntimeEntry = { ...at('12.4.0'), pythons: { versions: ['3.11', '3.12'], complete: true } };
    expect(composeFromLine(complete, choice({ python: '3.9' })).refusals).toEqual(['Runtime 12.4.0 does not offer Python 3.9; it offers 3.11, 3.12.']);
    const unconfirmed = composeFromLine(at('3.1-2'), choice({ python: '3.12' }));
    expect(unconfirmed.from).toBe('FROM astrocrpublic.azurecr.io/runtime:3.1-2-python-3.12');
    expect(unconfirmed.warnings).toEqual([expect.stringContaining('No source confirms Python 3.12 for Runtime 3.1-2')]);
    expect(composeFromLine(at('11.20.0'), choice({ python: '3.11' })).warnings).toEqual([]);
  });
});

describe('Reading a FROM line', () => {
  it('reads the documented order and the other one alike, and says which it is', () => {
    const documented = parseFromLine('FROM quay.io/astronomer/astro-runtime:13.7.0-python-3.12-slim');
    const other = parseFromLine('FROM quay.io/astronomer/astro-runtime:13.7.0-slim-python-3.12');
    expect(documented).toMatchObject({ ok: true, image: { version: '13.7.0', documentedOrder: true, choice: { python: '3.12', slim: true, base: false } } });
    expect(other).toMatchObject({ ok: true, image: { version: '13.7.0', documentedOrder: false, choice: { python: '3.12', slim: true, base: false } } });
    if (!other.ok) throw new Error(other.error);
    const reading = readImage(other.image, CATALOGUE, NOW);
    expect(reading.summary).toBe('Astro Runtime 13.7.0 (Airflow 2.11.0), Debian, Python 3.12, slim');
    expect(reading.documentedFrom).toBe('FROM quay.io/astronomer/astro-runtime:13.7.0-python-3.12-slim');
  });

  it('reads every documented example', () => {
    const cases: [string, string, Partial<ImageChoice>][] = [
      ['quay.io/astronomer/astro-runtime:11.0.0-python-3.11-slim-base', '11.0.0', { python: '3.11', slim: true, base: true }],
      ['FROM quay.io/astronomer/astro-runtime:11.20.0-ubi9-python-3.11-slim', '11.20.0', { distro: 'ubi9', python: '3.11', slim: true }],
      ['FROM astrocrpublic.azurecr.io/runtime:3.1-14-ubi9-python-3.11', '3.1-14', { distro: 'ubi9', python: '3.11' }],
      ['from --platform=linux/amd64 astrocrpublic.azurecr.io/runtime:3.0-1 AS build', '3.0-1', {}],
      ['FROM quay.io/astronomer/astro-runtime:12.4.0@sha256:abc', '12.4.0', {}],
    ];
    for (const [line, version, variants] of cases) {
      expect(parseFromLine(line)).toEqual({ ok: true, image: expect.objectContaining({ version, choice: choice(variants), documentedOrder: true }) });
    }
  });

  it('says what is wrong with a line it cannot read', () => {
    expect(parseFromLine('')).toMatchObject({ ok: false, error: expect.stringContaining('Paste a FROM line') });
    expect(parseFromLine('FROM quay.io/astronomer/astro-runtime')).toMatchObject({ ok: false, error: expect.stringContaining('has no tag') });
    expect(parseFromLine('FROM python:3.12-slim')).toMatchObject({ ok: false, error: expect.stringContaining('not an Astro Runtime repository') });
    expect(parseFromLine('FROM quay.io/astronomer/astro-runtime:latest')).toMatchObject({
      ok: false,
      error: expect.stringContaining('does not start with a Runtime version'),
    });
    expect(parseFromLine('FROM quay.io/astronomer/astro-runtime:12.4.0-jammy')).toMatchObject({
      ok: false,
      error: expect.stringContaining('Unknown variant "jammy"'),
    });
    expect(parseFromLine('FROM quay.io/astronomer/astro-runtime:12.4.0-slim-slim')).toMatchObject({ ok: false, error: expect.stringContaining('slim twice') });
  });

  it('says whether it is supported and what to move to', () => {
    const parsed = parseFromLine('FROM quay.io/astronomer/astro-runtime:11.18.0-slim-python-3.11');
    if (!parsed.ok) throw new Error(parsed.error);
    const reading = readImage(parsed.image, CATALOGUE, NOW);
    expect(reading.status).toBe('Past maintenance');
    expect(reading.moveTo).toMatchObject({ version: '11.20.0', from: 'FROM quay.io/astronomer/astro-runtime:11.20.0-python-3.11-slim' });
    expect(reading.stale).toBe(true);
    expect(reading.upgrades).toEqual([
      {
        version: '13.7.0',
        status: 'Lifecycle unknown',
        from: 'FROM quay.io/astronomer/astro-runtime:13.7.0-python-3.11-slim',
        warnings: [expect.stringContaining('No source confirms Python 3.11 for Runtime 13.7.0')],
      },
      { version: '3.1-14', status: 'Maintained', from: 'FROM astrocrpublic.azurecr.io/runtime:3.1-14-python-3.11-slim', warnings: [] },
    ]);

    const yanked = parseFromLine('FROM quay.io/astronomer/astro-runtime:11.0.0-python-3.11-slim-base');
    if (!yanked.ok) throw new Error(yanked.error);
    const yankedReading = readImage(yanked.image, CATALOGUE, NOW);
    expect(yankedReading.status).toBe('Yanked');
    expect(yankedReading.problems).toEqual([expect.stringContaining('was yanked')]);
    expect(yankedReading.moveTo?.version).toBe('11.20.0');

    const wrongRegistry = parseFromLine('FROM quay.io/astronomer/astro-runtime:3.1-2');
    if (!wrongRegistry.ok) throw new Error(wrongRegistry.error);
    const af3 = readImage(wrongRegistry.image, CATALOGUE, NOW);
    expect(af3.problems).toEqual(['Airflow 3 Runtimes are published at astrocrpublic.azurecr.io/runtime, not quay.io/astronomer/astro-runtime.']);
    expect(af3).toMatchObject({
      status: 'Maintained',
      stale: false,
      upgrades: [],
      moveTo: { version: '3.1-14', from: 'FROM astrocrpublic.azurecr.io/runtime:3.1-14' },
    });
  });

  it('reads back every line it composes (property)', () => {
    const entries = CATALOGUE.filter((e) => !(e.yanked.state !== 'unknown' && e.yanked.value.yanked));
    const choices = fc.record({
      python: fc.constantFrom(undefined, '3.9', '3.10', '3.11', '3.12'),
      distro: fc.constantFrom('debian' as const, 'ubi9' as const),
      slim: fc.boolean(),
      base: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.constantFrom(...entries), choices, (entry, c) => {
        const { from } = composeFromLine(entry, c);
        if (!from) return;
        expect(parseFromLine(from)).toEqual({ ok: true, image: expect.objectContaining({ version: entry.version, choice: c, documentedOrder: true }) });
      }),
    );
  });

  it('never throws on any text (property)', () => {
    fc.assert(fc.property(fc.string(), (text) => typeof parseFromLine(text).ok === 'boolean'));
  });
});
