import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Deployment } from '../../../shared/api/types';
import { byKey, diffEnv, fromServer, sameVar, type EnvVar } from '../domain/envDiff';
import { readStoredDraft, toStoredDraft } from '../domain/envDraft';
import { listProblems } from '../domain/envEdits';

const draftKey = (deploymentId: string) => `flightdeck.envDraft.${deploymentId}`;

export function sameList(a: ReadonlyArray<EnvVar>, b: ReadonlyArray<EnvVar>): boolean {
  if (a.length !== b.length) return false;
  const other = byKey(b);
  return a.every((v) => sameVar(v, other.get(v.key)));
}

interface EditorState {
  /** The server's list the edits started from. */
  base: EnvVar[];
  rows: EnvVar[];
  /** Secrets restored from a draft whose typed value was not kept. */
  retype: string[];
  restored: boolean;
}

function initialState(deployment: Deployment): EditorState {
  const draft = readStoredDraft(sessionStorage.getItem(draftKey(deployment.id)));
  if (draft) return { base: draft.base, rows: draft.rows, retype: draft.retype, restored: true };
  const server = fromServer(deployment.environmentVariables);
  return { base: server, rows: server, retype: [], restored: false };
}

/**
 * The editor's state: the list being edited and the server list it started from. Unsaved edits are kept
 * in sessionStorage without secret values, so they survive a reload and a failed save. While nothing is
 * edited the editor follows the server; once something is, the base stays put so a save can tell whether
 * someone else changed the variables meanwhile.
 */
export function useEnvEditor(deployment: Deployment) {
  const [state, setState] = useState(() => initialState(deployment));
  const server = useMemo(() => fromServer(deployment.environmentVariables), [deployment.environmentVariables]);
  const changes = useMemo(() => diffEnv(state.base, state.rows), [state.base, state.rows]);
  const problems = useMemo(() => listProblems(state.rows, state.base), [state.rows, state.base]);
  const dirty = changes.length > 0;
  // Once per change of either list, not on every render: each comparison builds a map of the whole list.
  const followsServer = useMemo(() => sameList(state.base, server), [state.base, server]);
  const serverChanged = dirty && !followsServer;

  useEffect(() => {
    const key = draftKey(deployment.id);
    if (dirty) sessionStorage.setItem(key, JSON.stringify(toStoredDraft(state.base, state.rows)));
    else sessionStorage.removeItem(key);
  }, [deployment.id, dirty, state.base, state.rows]);

  // Follow the server while nothing is edited (adjusting state during render, not in an effect).
  if (!dirty && !followsServer) setState((s) => ({ ...s, base: server, rows: server }));

  const setRows = useCallback((update: (rows: EnvVar[]) => EnvVar[]) => {
    setState((s) => {
      const rows = update(s.rows);
      const kept = new Set(rows.filter((r) => r.isSecret && r.value === undefined).map((r) => r.key));
      return { ...s, rows, retype: s.retype.filter((k) => kept.has(k)) };
    });
  }, []);

  /** Starts over from `base` with `rows` (after a save, a discard or a merge). */
  const reset = useCallback((base: EnvVar[], rows: EnvVar[] = base) => setState({ base, rows, retype: [], restored: false }), []);

  return {
    ...state,
    server,
    changes,
    problems,
    dirty,
    serverChanged,
    setRows,
    reset,
    dismissRestored: () => setState((s) => ({ ...s, restored: false })),
  };
}

export type EnvEditor = ReturnType<typeof useEnvEditor>;
