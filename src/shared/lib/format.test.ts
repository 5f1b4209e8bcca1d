// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { providerName } from './format';

describe('providerName', () => {
  it('writes providers as people do', () => {
    expect(['AWS', 'GCP', 'AZURE', undefined].map(providerName)).toEqual(['AWS', 'GCP', 'Azure', '']);
  });
});
