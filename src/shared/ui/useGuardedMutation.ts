import { useCallback, useRef } from 'react';
import { useMutation, type DefaultError, type UseMutationOptions, type UseMutationResult } from '@tanstack/react-query';

/** What a dropped call answers: it never settles, so the caller's follow-up (toast, navigate) runs once, for the call in flight. */
const DROPPED = new Promise<never>(() => {});

/**
 * The app's one in-flight guard: a `useMutation` that runs one call at a time. While a call is in flight, another
 * `mutate` or `mutateAsync` is dropped. `isPending` disables a button only after the next render, and a form's
 * submit first awaits its validation, so without this a double-click sends the write twice: two Deployments, two
 * tokens, two rollbacks. Every write goes through it (lint forbids `useMutation` elsewhere).
 */
export function useGuardedMutation<TData = unknown, TError = DefaultError, TVariables = void, TContext = unknown>(
  options: UseMutationOptions<TData, TError, TVariables, TContext>,
): UseMutationResult<TData, TError, TVariables, TContext> {
  const mutation = useMutation(options);
  const inFlight = useRef(false);
  const run = mutation.mutateAsync;
  const mutateAsync = useCallback<typeof run>(
    async (...args) => {
      if (inFlight.current) return DROPPED;
      inFlight.current = true;
      try {
        return await run(...args);
      } finally {
        inFlight.current = false;
      }
    },
    [run],
  );
  const mutate = useCallback<typeof mutation.mutate>((...args) => void mutateAsync(...args).catch(() => {}), [mutateAsync]);
  return { ...mutation, mutate, mutateAsync };
}
