// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateCreateWorkspace, validateUpdateWorkspace } from './workspaceRules';

describe('workspace rules', () => {
  it('accepts a name alone on create and trims it', () => {
    expect(validateCreateWorkspace({ name: '  Data  ' })).toEqual({ ok: true, value: { name: 'Data' } });
  });

  it('reports each broken field with a wire-shaped error', () => {
    const result = validateCreateWorkspace({ name: ' ', description: 'd'.repeat(1001), cicdEnforcedDefault: 'yes' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { field: 'name', code: 'min', message: 'Name is required.' },
      { field: 'description', code: 'max', message: 'Description must be at most 1000 characters.' },
      { field: 'cicdEnforcedDefault', code: 'type', message: 'cicdEnforcedDefault must be a boolean.' },
    ]);
  });

  it('limits names to 50 characters after trimming', () => {
    expect(validateCreateWorkspace({ name: `  ${'n'.repeat(50)}  ` }).ok).toBe(true);
    expect(validateCreateWorkspace({ name: 'n'.repeat(51) })).toMatchObject({ ok: false, errors: [{ field: 'name', code: 'max' }] });
  });

  it('requires name, description and cicdEnforcedDefault on update', () => {
    const result = validateUpdateWorkspace({});
    expect(result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'name:required',
      'description:required',
      'cicdEnforcedDefault:required',
    ]);
    expect(validateUpdateWorkspace({ name: 'A', description: '', cicdEnforcedDefault: false }).ok).toBe(true);
  });

  it('pairs provider with region and keeps them apart from a default cluster', () => {
    const lone = validateCreateWorkspace({ name: 'A', defaultCloudProvider: 'AWS' });
    expect(lone).toMatchObject({ ok: false, errors: [{ field: 'defaultRegion', code: 'required' }] });
    const both = validateCreateWorkspace({ name: 'A', defaultClusterId: 'c1', defaultCloudProvider: 'AWS', defaultRegion: 'us-east-1' });
    expect(both).toMatchObject({ ok: false, errors: [{ field: 'defaultClusterId', code: 'conflict' }] });
    expect(validateCreateWorkspace({ name: 'A', defaultCloudProvider: 'GCP', defaultRegion: 'us-central1' }).ok).toBe(true);
  });
});
