// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { airflowUrl, subjectName } from './subject';
import { titleCase } from './format';

describe('subjectName', () => {
  it('names people by full name, then username', () => {
    expect(subjectName({ id: 'u1', subjectType: 'USER', fullName: 'Ada Lovelace', username: 'ada@acme.io' })).toBe('Ada Lovelace');
    expect(subjectName({ id: 'u1', username: 'ada@acme.io' })).toBe('ada@acme.io');
  });
  it('names API tokens as tokens', () => {
    expect(subjectName({ id: 't1', subjectType: 'SERVICEKEY', apiTokenName: 'ci-deploy' })).toBe('API token ci-deploy');
  });
  it('says unknown when nobody is recorded', () => {
    expect(subjectName(undefined)).toBe('unknown');
  });
});

describe('display helpers', () => {
  it('adds https to the scheme-less Airflow URL', () => {
    expect(airflowUrl('acme.astronomer.run/d1')).toBe('https://acme.astronomer.run/d1');
    expect(airflowUrl('http://localhost:8080')).toBe('http://localhost:8080');
    expect(airflowUrl('')).toBe('');
  });
  it('turns enum values into words', () => {
    expect(titleCase('EXTRA_LARGE')).toBe('Extra large');
    expect(titleCase(undefined)).toBe('—');
  });
});

describe('deployTypeLabel', () => {
  it('uses the console names for deploy types', async () => {
    const { deployTypeLabel } = await import('./format');
    expect(deployTypeLabel('DAG_ONLY')).toBe('DAG-only');
    expect(deployTypeLabel('IMAGE_AND_DAG')).toBe('Image and DAGs');
    expect(deployTypeLabel('SOMETHING_NEW')).toBe('Something new');
  });
});
