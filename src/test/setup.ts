import '@testing-library/jest-dom/vitest';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { server, resetDemoDb } from './server';
import { useToast } from '../shared/ui/toast';

// The first render of a lazy route compiles its chunk, which can take seconds on a busy 2-core machine.
configure({ asyncUtilTimeout: 10_000 });

// Page tests (jsdom) share one demo backend; node-environment tests bring their own servers, if any.
if (typeof window !== 'undefined') {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    cleanup();
    server.resetHandlers();
    resetDemoDb();
    useToast.setState({ queue: [] });
    sessionStorage.clear();
    localStorage.clear();
  });
  afterAll(() => server.close());
}
