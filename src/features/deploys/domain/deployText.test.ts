import { describe, expect, it } from 'vitest';
import type { Deploy } from '../../../shared/api/types';
import { awaitedUploads, deployName, downgradeCost } from './deployText';

const deploy = (type: string, isDagDeployEnabled = true, bundles?: unknown[]) => ({
  id: 'd',
  type,
  status: 'INITIALIZED',
  createdAt: '2026-01-01T00:00:00Z',
  imageTag: 't',
  isDagDeployEnabled,
  bundles,
});

describe('words that match the deploy', () => {
  it('names what a started deploy waits for by its kind', () => {
    expect(awaitedUploads(deploy('DAG_ONLY'))).toBe('the DAGs');
    expect(awaitedUploads(deploy('IMAGE_ONLY'))).toBe('the image');
    expect(awaitedUploads(deploy('IMAGE_AND_DAG'))).toBe('the image and DAGs');
    expect(awaitedUploads(deploy('IMAGE_AND_DAG', false))).toBe('the image');
    expect(awaitedUploads(deploy('BUNDLE', true, [{}]))).toBe('the bundle');
  });

  it('names a deploy by its image tag, or by its kind when no image has been deployed yet', () => {
    expect(deployName(deploy('IMAGE_AND_DAG') as Deploy)).toMatch(/^t from /);
    expect(deployName({ ...deploy('DAG_ONLY'), imageTag: '' } as Deploy)).toMatch(/^the DAG-only deploy from /);
  });

  it('warns of erased metadata only when Airflow itself goes back', () => {
    expect(downgradeCost('3.1.0', '3.1.0')).not.toMatch(/erased/);
    expect(downgradeCost('3.1.0', '3.1.0')).toMatch(/Airflow stays at 3.1.0/);
    expect(downgradeCost('3.1.0', '3.0.6')).toMatch(/erased from the metadata database for good/);
    expect(downgradeCost('3.1.0', undefined)).toMatch(/erased/);
  });
});
