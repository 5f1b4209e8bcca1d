import { useMemo, useState } from 'react';
import type { AgentValuesInput } from '../../domain/agentValuesInput';
import { validateAgentValues } from '../../domain/agentValuesRules';

/** `workers[0].name` -> ['workers', 0, 'name'], the dotted paths the domain rules report errors under. */
function parts(path: string): (string | number)[] {
  return path.split(/\.|\[(\d+)\]/).filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

export function getIn(value: unknown, path: string): unknown {
  return parts(path).reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], value);
}

function setIn<T>(value: T, path: (string | number)[], next: unknown): T {
  if (path.length === 0) return next as T;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = setIn(copy[head!], rest, next);
  return copy as T;
}

/** DOM id of the input for a field path, so a failed download can move focus to the first problem. */
export const fieldId = (path: string) => `agent-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

/** The wizard's state: values, which fields the person has left, and the rule errors to show for them. */
export function useAgentValuesForm(initial: () => AgentValuesInput) {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<Set<string>>(() => new Set());
  const [showAll, setShowAll] = useState(false);
  const errors = useMemo(() => validateAgentValues(values), [values]);

  return {
    values,
    errors,
    set: (path: string, next: unknown) => setValues((v) => setIn(v, parts(path), next)),
    touch: (path: string) => setTouched((t) => (t.has(path) ? t : new Set(t).add(path))),
    /** The message to show under a field, once it was left or a download was tried. */
    errorOf: (path: string) => (showAll || touched.has(path) ? errors.find((e) => e.field === path)?.message : undefined),
    revealAll: () => setShowAll(true),
  };
}

export type AgentValuesForm = ReturnType<typeof useAgentValuesForm>;
