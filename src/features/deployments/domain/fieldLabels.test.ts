import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, plainFieldMessage, valueAtPath } from './fieldLabels';

const concurrency = { field: 'workerQueues[0].workerConcurrency', code: 'type', message: 'workerConcurrency must be a number.' } as const;

describe('plainFieldMessage', () => {
  it('speaks the label’s words for empty and fractional numbers', () => {
    expect(plainFieldMessage(concurrency, 2.5)).toBe('Concurrency must be a whole number.');
    expect(plainFieldMessage(concurrency, Number.NaN)).toBe('Concurrency is required.');
    expect(plainFieldMessage({ field: 'name', code: 'required', message: 'name is required.' }, '')).toBe('Name is required.');
  });

  it('replaces a leading internal name and leaves written messages alone', () => {
    expect(plainFieldMessage({ field: 'schedulerAu', code: 'invalid', message: 'schedulerAu is odd.' }, 7)).toBe('Scheduler AU is odd.');
    expect(plainFieldMessage({ field: 'workerQueues[1].minWorkerCount', code: 'min', message: 'Must be at least 0.' }, -1)).toBe('Must be at least 0.');
    expect(plainFieldMessage({ field: 'somethingNew', code: 'type', message: 'somethingNew must be a number.' }, 1.5)).toBe('somethingNew must be a number.');
  });

  it('reads values at API paths', () => {
    expect(valueAtPath({ workerQueues: [{ workerConcurrency: 3 }] }, 'workerQueues[0].workerConcurrency')).toBe(3);
    expect(valueAtPath({}, 'workerQueues[0].workerConcurrency')).toBeUndefined();
    expect(FIELD_LABELS.maxWorkerCount).toBe('Max workers');
  });
});
