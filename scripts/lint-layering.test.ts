// @vitest-environment node
// Proves that eslint.config.js enforces the house rules of docs/architecture.md: each forbidden arrow is an
// error, and the arrows the architecture allows lint clean. The zones resolve imports to files, so every
// snippet imports files that exist; the file it pretends to be need not.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ overrideConfigFile: 'eslint.config.js' });

const LAYERING_RULES = new Set([
  'import-x/no-restricted-paths',
  'import-x/no-cycle',
  'no-restricted-imports',
  'no-restricted-syntax',
  'no-restricted-globals',
  'no-restricted-properties',
]);

/** The layering errors ESLint reports for `code` as if it lived at `filePath`. */
async function layeringErrors(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  const fatal = result!.messages.filter((m) => m.fatal);
  expect(fatal, 'the snippet must parse').toEqual([]);
  return result!.messages.filter((m) => m.severity === 2 && m.ruleId && LAYERING_RULES.has(m.ruleId));
}

const forbidden: [string, string, string][] = [
  // [file, code, why]
  ['src/shared/ui/X.tsx', "import { StatusBadge } from '../../features/deployments';\nexport const x = StatusBadge;", 'shared imports a feature'],
  ['src/shared/api/x.ts', "import { paths } from '../../app/Layout';\nexport const x = paths;", 'shared imports the app shell'],
  ['src/shared/lib/x.ts', "import { EmptyState } from '../ui/EmptyState';\nexport const x = EmptyState;", 'shared/lib imports shared/ui'],
  ['src/shared/lib/x.ts', "import { api } from '../api/client';\nexport const x = api;", 'shared/lib imports the client'],
  [
    'src/features/deploys/ui/X.tsx',
    "import { StatusBadge } from '../../deployments/ui/StatusBadge';\nexport const x = StatusBadge;",
    "a feature imports another feature's component",
  ],
  [
    'src/features/env-vars/x.ts',
    "import type { DeploymentFormValues } from '../deployments/domain/deploymentForm';\nexport type X = DeploymentFormValues;",
    "a feature imports another feature's domain (type only)",
  ],
  [
    'src/features/deploys/ui/X.tsx',
    "export const x = () => import('../../env-vars/ui/EnvironmentTab');",
    "a feature lazily imports another feature's internals",
  ],
  ['src/features/deploys/domain/x.ts', "import { useState } from 'react';\nexport const x = useState;", 'domain imports react'],
  ['src/features/deploys/domain/x.ts', "import { create } from 'zustand';\nexport const x = create;", 'domain imports zustand'],
  ['src/features/deploys/domain/x.ts', "import Box from '@mui/material/Box';\nexport const x = Box;", 'domain imports @mui/*'],
  ['src/features/deploys/domain/x.ts', "import { useQuery } from '@tanstack/react-query';\nexport const x = useQuery;", 'domain imports @tanstack/*'],
  ['src/features/deploys/domain/x.ts', "import { http } from 'msw';\nexport const x = http;", 'domain imports msw'],
  ['src/features/deploys/domain/x.ts', "import { api } from '../../../shared/api/client';\nexport const x = api;", 'domain imports the client'],
  [
    'src/features/deploys/domain/x.ts',
    "import { useRecentDeploys } from '../api';\nexport const x = useRecentDeploys;",
    "domain imports its feature's queries",
  ],
  ['src/features/deploys/domain/x.ts', "import { DeploysTable } from '../ui/DeploysTable';\nexport const x = DeploysTable;", "domain imports its feature's UI"],
  ['src/features/deploys/domain/x.ts', "import { EmptyState } from '../../../shared/ui/EmptyState';\nexport const x = EmptyState;", 'domain imports shared UI'],
  ['src/features/deploys/ui/X.tsx', "import { paths } from '../../../app/Layout';\nexport const x = paths;", 'a feature imports the app shell'],
  ['src/features/deploys/ui/X.tsx', "import P from '../../../pages/HomePage/HomePage';\nexport const x = P;", 'a feature imports a page'],
  [
    'src/pages/DeploymentPage/X.tsx',
    "import { DeploysTable } from '../../features/deploys/ui/DeploysTable';\nexport const x = DeploysTable;",
    "a page imports a feature's internals",
  ],
  ['src/pages/WorkspacesPage/A.tsx', "import P from '../HomePage/HomePage';\nexport const x = P;", 'a page imports a sibling page'],
  ['src/pages/WorkspacesPage/parts/A.tsx', "export const x = () => import('../../HomePage/HomePage');", 'a nested page file lazily imports a sibling page'],
  ['src/pages/APage/A.tsx', "import { Layout } from '../../app/Layout';\nexport const x = Layout;", 'a page imports the app shell'],
  [
    'src/app/X.tsx',
    "import { DeploysTable } from '../features/deploys/ui/DeploysTable';\nexport const x = DeploysTable;",
    "the shell imports a feature's internals",
  ],
  ['src/app/X.tsx', "import { createDemoDb } from '../mocks/demoDb';\nexport const x = createDemoDb;", 'app imports mocks'],
  ['src/app/X.tsx', "export const x = () => import('../mocks/demoDb');", 'app lazily imports mocks'],
  ['src/features/deploys/ui/X.tsx', "import { createDemoDb } from '../../../mocks/demoDb';\nexport const x = createDemoDb;", 'a feature imports mocks'],
  ['src/shared/api/x.ts', "import { createDemoDb } from '../../mocks/demoDb';\nexport const x = createDemoDb;", 'shared imports mocks'],
  ['src/pages/APage/A.tsx', "import { SEED_IDS } from '../../mocks/seed';\nexport const x = SEED_IDS;", 'a page imports mocks'],
  ['src/mocks/x.ts', "import { api } from '../shared/api/client';\nexport const x = api;", 'mocks import the client'],
  [
    'src/mocks/deploys/x.ts',
    "import { useRecentDeploys } from '../../features/deploys/api';\nexport const x = useRecentDeploys;",
    "mocks import a feature's queries",
  ],
  ['src/mocks/x.ts', "import { useConnection } from '../shared/api/connection';\nexport const x = useConnection;", 'mocks import the connection store'],
  ['src/mocks/x.ts', "import { paths } from '../shared/routes/paths';\nexport const x = paths;", 'mocks import routes'],
  ['src/mocks/x.ts', "import { EmptyState } from '../shared/ui/EmptyState';\nexport const x = EmptyState;", 'mocks import shared UI'],
  ['src/mocks/x.ts', "import { StatusBadge } from '../features/deployments';\nexport const x = StatusBadge;", "mocks import a feature's components"],
  ['src/main.tsx', "import { startDemoBackend } from './mocks/browser';\nvoid startDemoBackend;", 'main.tsx imports the mocks eagerly'],
  ['src/main.tsx', "export const x = () => import('./mocks/demoDb');", 'main.tsx lazily imports mocks other than browser'],
  ['src/other.ts', "export const x = () => import('./mocks/browser');", 'a root file other than main.tsx imports mocks'],
  ['src/pages/APage/A.tsx', "export const load = () => fetch('/api/v1/x');", 'a page calls fetch'],
  ['src/features/deploys/ui/X.tsx', "export const load = () => window.fetch('/api/v1/x');", 'a feature calls window.fetch'],
  ['src/shared/ui/X.tsx', "export const load = () => globalThis.fetch('/x');", 'shared UI calls globalThis.fetch'],
  ['src/features/deploys/api.ts', "export const load = () => fetch('/api/v1/x');", "a feature's api.ts calls fetch instead of the client"],
  ['server/x.ts', "import { useConnection } from '../src/shared/api/connection';\nexport const x = useConnection;", 'the server imports console code'],
  ['src/pages/WorkspacesPage/A.test.tsx', "import P from '../HomePage/HomePage';\nexport const x = P;", 'a page test imports another page'],
  [
    'src/features/deploys/ui/X.test.tsx',
    "import { StatusBadge } from '../../deployments/ui/StatusBadge';\nexport const x = StatusBadge;",
    "a feature's test imports another feature's internals",
  ],
  [
    'src/features/deploys/ui/X.tsx',
    "import { Link } from 'react-router';\nexport const x = Link;",
    "a feature uses react-router's Link instead of the console's",
  ],
  [
    'src/features/deploys/api.ts',
    "import { useMutation } from '@tanstack/react-query';\nexport const x = useMutation;",
    'a write skips the one in-flight guard (useGuardedMutation)',
  ],
  // Tests find elements as people do, by role or label: a MUI class name is styling that changes under them.
  ['src/features/deploys/ui/X.test.tsx', "export const x = (el: Element) => el.closest('.MuiPaper-root');", 'a page test selects by a .Mui* class'],
  ['e2e/x.spec.ts', 'export const x = (p: { locator(s: string): unknown }) => p.locator(`.MuiDialog-paper`);', 'an e2e test selects by a .Mui* class'],
];

const allowed: [string, string, string][] = [
  [
    'src/shared/ui/X.tsx',
    "import Box from '@mui/material/Box';\nimport { formatDate } from '../lib/time';\nimport { paths } from '../routes/paths';\nexport const x = [Box, formatDate, paths];",
    'shared UI imports MUI, shared/lib and routes',
  ],
  [
    'src/features/deploys/domain/x.ts',
    "import { z } from 'zod';\nimport type { Deployment } from '../../../shared/api/types';\nimport type { components } from '../../../shared/api/schema.gen';\nimport { formatDate } from '../../../shared/lib/time';\nimport { deployLabel } from './deployHistory';\nexport const x = [z, formatDate, deployLabel];\nexport type X = [Deployment, components];",
    'domain imports npm, generated types, shared/lib and itself',
  ],
  [
    'src/features/env-vars/ui/X.tsx',
    "import { overrideToKeep } from '../../deployments';\nimport { fetchDeployment } from '../../deployments/api';\nexport const x = [overrideToKeep, fetchDeployment];",
    "a feature imports another feature's index.ts and api.ts",
  ],
  [
    'src/features/deploys/api.ts',
    "import { api } from '../../shared/api/client';\nimport { pollInterval } from '../../shared/lib/polling';\nimport { deployLabel } from './domain/deployHistory';\nexport const x = [api, pollInterval, deployLabel];",
    "a feature's api.ts imports the client, shared/lib and its domain",
  ],
  ['src/shared/api/client.ts', "export const load = () => globalThis.fetch('/api/v1/x');\nexport const raw = () => fetch('/x');", 'client.ts calls fetch'],
  [
    'src/pages/DeploymentPage/A.tsx',
    "import { Overview } from '../../features/deployments';\nimport { useDeployment } from '../../features/deployments/api';\nimport { paths } from '../../shared/routes/paths';\nimport { EmptyState } from '../../shared/ui/EmptyState';\nimport P from './DeploymentPage';\nexport const x = [Overview, useDeployment, paths, EmptyState, P];",
    'a page imports features, shared and its own files',
  ],
  ['src/app/X.tsx', "export const x = () => import('../pages/HomePage/HomePage');", 'app lazily imports pages'],
  [
    'src/app/X.tsx',
    "import { useConnection } from '../shared/api/connection';\nimport { useWorkspaces } from '../features/workspaces/api';\nimport { DemoPanel } from '../features/demo';\nexport const x = [useConnection, useWorkspaces, DemoPanel];",
    'app imports shared and features',
  ],
  [
    'src/mocks/deploys/x.ts',
    "import { http } from 'msw';\nimport type { components } from '../../shared/api/schema.gen';\nimport { formatDate } from '../../shared/lib/time';\nimport { validateCreateDeploy } from '../../features/deploys/domain/deployRules';\nimport { DemoDb } from '../db';\nexport const x = [http, formatDate, validateCreateDeploy, DemoDb];\nexport type C = components;",
    'mocks import msw, generated types, shared/lib, domain rules and themselves',
  ],
  [
    'server/x.ts',
    "import { Hono } from 'hono';\nimport { parseUpstream } from '../src/shared/lib/liveUpstream';\nimport { createApp } from './app';\nexport const x = [Hono, parseUpstream, createApp];",
    'the server imports hono, the live-mode contract and itself',
  ],
  ['src/mocks/x.ts', "export const passthrough = () => fetch('/x');", 'mocks may call fetch'],
  ['src/main.tsx', "export const start = async () => (await import('./mocks/browser')).startDemoBackend;", 'main.tsx lazily imports ./mocks/browser'],
  ['src/pages/APage/A.test.tsx', "import { SEED_IDS } from '../../mocks/seed';\nexport const x = [SEED_IDS, fetch];", 'page tests import mocks and call fetch'],
  ['src/features/deploys/ui/X.test.tsx', "import { demoDb } from '../../../test/server';\nexport const x = demoDb;", 'feature tests use the test server'],
  ['src/app/App.test.tsx', "import { createDemoDb } from '../mocks/demoDb';\nexport const x = createDemoDb;", 'app tests import mocks'],
  ['src/test/server.ts', "import { createDemoServer } from '../mocks/node';\nexport const x = createDemoServer;", 'test helpers import mocks'],
  ['e2e/x.spec.ts', "import { SEED_IDS } from '../src/mocks/seed';\nexport const x = [SEED_IDS, fetch];", 'e2e imports mocks'],
];

describe('layering lint rules', () => {
  it.each(forbidden.map(([file, code, why]) => [file, why, code]))('%s: forbids %s', async (file, _why, code) => {
    expect((await layeringErrors(file, code)).length).toBeGreaterThan(0);
  });

  it.each(allowed.map(([file, code, why]) => [file, why, code]))('%s: allows %s', async (file, _why, code) => {
    expect(await layeringErrors(file, code)).toEqual([]);
  });

  it('explains the broken rule in its message', async () => {
    const [error] = await layeringErrors('src/pages/WorkspacesPage/A.tsx', "import P from '../HomePage/HomePage';\nexport const x = P;");
    expect(error?.message).toMatch(/page never imports another page/);
  });

  it('forbids an import circle, and allows the same imports in one direction', async () => {
    // no-cycle follows real files, so the two modules are written next to the code they would live in.
    const dir = mkdtempSync(join('src/shared/lib', 'cycle-'));
    const a = join(dir, 'a.ts');
    const b = join(dir, 'b.ts');
    try {
      writeFileSync(b, "import { a } from './a';\nexport const b = () => a;\n");
      writeFileSync(a, "import { b } from './b';\nexport const a = () => b;\n");
      const errors = await layeringErrors(a, "import { b } from './b';\nexport const a = () => b;\n");
      expect(errors.map((e) => e.ruleId)).toContain('import-x/no-cycle');

      writeFileSync(b, 'export const b = () => 1;\n');
      expect(await layeringErrors(a, "import { b } from './b';\nexport const a = () => b;\n")).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
