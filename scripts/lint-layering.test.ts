// @vitest-environment node
// Proves that eslint.config.js enforces the layering rules of docs/architecture.md: each forbidden
// arrow is an error, and the arrows the architecture allows lint clean.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ overrideConfigFile: 'eslint.config.js' });

const LAYERING_RULES = new Set([
  'no-restricted-imports',
  'no-restricted-syntax',
  'no-restricted-globals',
  'no-restricted-properties',
]);

/** The layering errors ESLint reports for `code` as if it lived at `filePath`. */
async function layeringErrors(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal, 'the snippet must parse').toEqual([]);
  return result.messages.filter((m) => m.severity === 2 && m.ruleId && LAYERING_RULES.has(m.ruleId));
}

const forbidden: [string, string, string][] = [
  // [file, code, why]
  ['src/domain/x.ts', "import { useState } from 'react';\nexport const x = useState;", 'domain imports react'],
  ['src/domain/x.ts', "import { create } from 'zustand';\nexport const x = create;", 'domain imports zustand'],
  ['src/domain/x.ts', "import Box from '@mui/material/Box';\nexport const x = Box;", 'domain imports @mui/*'],
  ['src/domain/x.ts', "import { useQuery } from '@tanstack/react-query';\nexport const x = useQuery;", 'domain imports @tanstack/*'],
  ['src/domain/x.ts', "import { http } from 'msw';\nexport const x = http;", 'domain imports msw'],
  ['src/domain/x.ts', "import { api } from '../api/client';\nexport const x = api;", 'domain imports src/api'],
  ['src/domain/sub/x.ts', "import type { Deployment } from '../../api/types';\nexport type X = Deployment;", 'domain imports src/api (type)'],
  ['src/domain/x.ts', "import { db } from '../mocks/db';\nexport const x = db;", 'domain imports src/mocks'],
  ['src/domain/x.ts', "export const x = () => import('../components/EmptyState');", 'domain lazily imports components'],
  ['src/components/X.tsx', "import { api } from '../api/client';\nexport const x = api;", 'components import src/api'],
  ['src/components/X.tsx', "import { paths } from '../app/paths';\nexport const x = paths;", 'components import src/app'],
  ['src/components/X.tsx', "export { default } from '../pages/HomePage/HomePage';", 'components re-export a page'],
  ['src/api/queries/x.ts', "import { useUi } from '../../app/uiStore';\nexport const x = useUi;", 'api imports src/app'],
  ['src/api/x.ts', "import { EmptyState } from '../components/EmptyState';\nexport const x = EmptyState;", 'api imports components'],
  ['src/api/x.ts', "import { db } from '../mocks/db';\nexport const x = db;", 'api imports mocks'],
  ['src/pages/APage/A.tsx', "import { B } from '../BPage/B';\nexport const x = B;", 'a page imports a sibling page'],
  ['src/pages/APage/A.tsx', "import { B } from '../../pages/BPage/B';\nexport const x = B;", 'a page imports pages/ by path'],
  ['src/pages/APage/parts/A.tsx', "import { B } from '../../BPage/B';\nexport const x = B;", 'a nested page file imports a sibling page'],
  ['src/pages/APage/A.tsx', "import { routes } from '../../app/routes';\nexport const x = routes;", 'a page imports app/routes'],
  ['src/pages/APage/A.tsx', "import { db } from '../../mocks/db';\nexport const x = db;", 'a page imports mocks'],
  ['src/pages/APage/A.tsx', "export const load = () => fetch('/api/v1/x');", 'a page calls fetch'],
  ['src/pages/APage/A.tsx', "export const load = () => window.fetch('/api/v1/x');", 'a page calls window.fetch'],
  ['src/components/X.tsx', "export const load = () => globalThis.fetch('/x');", 'components call globalThis.fetch'],
  ['src/api/queries/x.ts', "export const load = () => fetch('/api/v1/x');", 'a query calls fetch instead of the client'],
  ['src/app/X.tsx', "import { db } from '../mocks/db';\nexport const x = db;", 'app imports mocks'],
  ['src/app/X.tsx', "export const x = () => import('../mocks/db');", 'app lazily imports mocks'],
  ['src/mocks/x.ts', "import { api } from '../api/client';\nexport const x = api;", 'mocks import api/client'],
  ['src/mocks/handlers/x.ts', "import { useDeployments } from '../../api/queries/deployments';\nexport const x = useDeployments;", 'mocks import api/queries'],
  ['src/mocks/x.ts', "import { useConnection } from '../api/connection';\nexport const x = useConnection;", 'mocks import api/connection'],
  ['src/mocks/x.ts', "import { paths } from '../app/paths';\nexport const x = paths;", 'mocks import app'],
  ['src/mocks/x.ts', "import { EmptyState } from '../components/EmptyState';\nexport const x = EmptyState;", 'mocks import components'],
  ['src/main.tsx', "import { startDemoBackend } from './mocks/browser';\nvoid startDemoBackend;", 'main.tsx imports the mocks eagerly'],
  ['src/main.tsx', "export const x = () => import('./mocks/db');", 'main.tsx lazily imports mocks other than browser'],
  ['src/other.ts', "export const x = () => import('./mocks/browser');", 'a root file other than main.tsx imports mocks'],
  ['src/pages/APage/A.test.tsx', "import { B } from '../BPage/B';\nexport const x = B;", 'a page test imports another page'],
];

const allowed: [string, string, string][] = [
  ['src/domain/x.ts', "import { z } from 'zod';\nimport { parse } from 'yaml';\nimport { y } from './y';\nexport const x = [z, parse, y];", 'domain imports npm and itself'],
  ['src/components/X.tsx', "import Box from '@mui/material/Box';\nimport { format } from '../domain/format';\nexport const x = [Box, format];", 'components import MUI and domain'],
  ['src/api/queries/x.ts', "import { api } from '../client';\nimport { pollInterval } from '../../domain/polling';\nexport const x = [api, pollInterval];", 'queries import the client and domain'],
  ['src/api/client.ts', "export const load = () => globalThis.fetch('/api/v1/x');\nexport const raw = () => fetch('/x');", 'client.ts calls fetch'],
  [
    'src/pages/APage/A.tsx',
    "import { Parts } from './Parts';\nimport { paths } from '../../app/paths';\nimport { EmptyState } from '../../components/EmptyState';\nimport { useX } from '../../api/queries/x';\nimport { f } from '../../domain/format';\nexport const x = [Parts, paths, EmptyState, useX, f];",
    'a page imports its own files, app/paths, components, queries, domain',
  ],
  ['src/pages/APage/parts/Tab.tsx', "import { A } from '../A';\nexport const x = A;", 'a nested page file imports its own page'],
  ['src/app/routes.tsx', "export const x = () => import('../pages/HomePage/HomePage');", 'app lazily imports pages'],
  ['src/app/Providers.tsx', "import { useConnection } from '../api/connection';\nexport const x = useConnection;", 'app imports api'],
  [
    'src/mocks/handlers/x.ts',
    "import { http } from 'msw';\nimport type { components } from '../../api/schema.gen';\nimport { rule } from '../../domain/deployRules';\nimport { db } from '../db';\nexport const x = [http, rule, db];\nexport type C = components;",
    'mocks import msw, schema.gen, domain and themselves',
  ],
  ['src/mocks/handlers/x.ts', "export const passthrough = () => fetch('/x');", 'mocks may call fetch'],
  ['src/main.tsx', "export const start = async () => (await import('./mocks/browser')).startDemoBackend;", 'main.tsx lazily imports ./mocks/browser'],
  ['src/pages/APage/A.test.tsx', "import { db } from '../../mocks/db';\nexport const x = [db, fetch];", 'page tests import mocks and call fetch'],
  ['src/app/App.test.tsx', "import { db } from '../mocks/db';\nexport const x = db;", 'app tests import mocks'],
  ['src/test/server.ts', "import { handlers } from '../mocks/handlers';\nexport const x = handlers;", 'test helpers import mocks'],
  ['e2e/x.spec.ts', "import { db } from '../src/mocks/db';\nexport const x = [db, fetch];", 'e2e imports mocks'],
];

describe('layering lint rules', () => {
  it.each(forbidden.map(([file, code, why]) => [file, why, code]))('%s: forbids %s', async (file, _why, code) => {
    expect((await layeringErrors(file, code)).length).toBeGreaterThan(0);
  });

  it.each(allowed.map(([file, code, why]) => [file, why, code]))('%s: allows %s', async (file, _why, code) => {
    expect(await layeringErrors(file, code)).toEqual([]);
  });

  it('explains the broken rule in its message', async () => {
    const [error] = await layeringErrors('src/pages/APage/A.tsx', "import { B } from '../BPage/B';\nexport const x = B;");
    expect(error.message).toMatch(/page never imports another page/);
  });
});
