/**
 * Checks generated Helm values against the chart's own values.yaml: every key we set must exist there, at the
 * same path, with the same kind of value. Where the reference leaves a value open (null, `{}` or `[]`, e.g.
 * `initContainers: []`), anything goes below it, since the chart passes it through to Kubernetes as is.
 */
type Kind = 'map' | 'list' | 'string' | 'number' | 'boolean' | 'null';

function kindOf(value: unknown): Kind {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'map';
  return typeof value as Kind;
}

function isOpen(reference: unknown): boolean {
  const kind = kindOf(reference);
  if (kind === 'null') return true;
  if (kind === 'list') return (reference as unknown[]).length === 0;
  if (kind === 'map') return Object.keys(reference as object).length === 0;
  return false;
}

export function structureMismatches(actual: unknown, reference: unknown, path = ''): string[] {
  if (isOpen(reference)) return [];
  const want = kindOf(reference);
  const got = kindOf(actual);
  if (got !== want) return [`${path || '(root)'}: expected ${want}, got ${got}`];
  if (want === 'map') {
    const ref = reference as Record<string, unknown>;
    return Object.entries(actual as Record<string, unknown>).flatMap(([key, value]) =>
      key in ref ? structureMismatches(value, ref[key], path ? `${path}.${key}` : key) : [`${path ? `${path}.` : ''}${key}: not a key of the chart`],
    );
  }
  if (want === 'list') {
    // An item is fine when it fits any one item of the reference list (the chart's samples vary, e.g. commonEnv values).
    return (actual as unknown[]).flatMap((item, index) => {
      const tries = (reference as unknown[]).map((ref) => structureMismatches(item, ref, `${path}[${index}]`));
      return tries.some((t) => t.length === 0) ? [] : tries.reduce((a, b) => (a.length <= b.length ? a : b));
    });
  }
  return [];
}
