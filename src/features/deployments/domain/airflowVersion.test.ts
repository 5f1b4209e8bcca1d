// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { airflowMajor } from './airflowVersion';

describe('airflowMajor', () => {
  it('reads the major of an Airflow version, and 0 when there is none', () => {
    expect(airflowMajor('3.1.0')).toBe(3);
    expect(airflowMajor('2.10.5')).toBe(2);
    expect(airflowMajor('NA')).toBe(0);
    expect(airflowMajor('')).toBe(0);
    expect(airflowMajor(undefined)).toBe(0);
  });
});
