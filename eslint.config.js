// ESLint flat config. Besides the usual recommended sets, it enforces the house rules of docs/architecture.md
// with import-x: which folder may import which (no-restricted-paths zones, resolved through TypeScript, so
// static, type-only and dynamic imports all count) and no import circles (no-cycle).
// scripts/lint-layering.test.ts proves each rule fires.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import pluginQuery from '@tanstack/eslint-plugin-query';
import testingLibrary from 'eslint-plugin-testing-library';
import playwright from 'eslint-plugin-playwright';
import globals from 'globals';

const TESTS = ['**/*.test.ts', '**/*.test.tsx', 'src/test/**'];

// Zones are absolute globs: import-x matches a glob `except` against the imported file's absolute path.
const at = (glob) => resolve(import.meta.dirname, glob);
const features = readdirSync(at('src/features'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const pages = readdirSync(at('src/pages'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
// A feature's public files: index.ts (what others render and the rules they share) and api.ts (its queries).
// api.ts is public on its own so that the shell and the route loaders can start data without the feature's
// UI: index.ts re-exports components, and the shell chunk would take in everything it names.
const PUBLIC_FEATURE = at('src/features/*/@(index|api).ts');

/** One rule of the house: files matching `target` may not import files matching `from`, but for `except`. */
const zone = (target, from, message, except) => ({
  target: [target].flat().map(at),
  from: [from].flat().map(at),
  ...(except ? { except: [except].flat().map((e) => (e.startsWith('/') ? e : at(e))) } : {}),
  message,
});

const ZONES = {
  sharedIsTheFloor: zone(
    'src/shared/**',
    ['src/features/**', 'src/pages/**', 'src/app/**'],
    'src/shared is the floor: it imports nothing above it (features, pages, app).',
  ),
  libIsPure: zone(
    'src/shared/lib/**',
    ['src/shared/ui/**', 'src/shared/api/**', 'src/shared/routes/**'],
    'src/shared/lib holds small pure helpers: it imports no UI, API or routes.',
  ),
  featuresBelowPages: zone(
    'src/features/**',
    ['src/pages/**', 'src/app/**'],
    'A feature never imports pages or the app shell: pages compose features, app composes pages.',
  ),
  // A feature may import its own files and the public files of another feature, never its internals.
  featureInternals: features.map((name) =>
    zone(`src/features/${name}/**`, 'src/features/**', 'Import another feature only through its public files, index.ts and api.ts, never its internals.', [
      at(`src/features/${name}/**`),
      PUBLIC_FEATURE,
    ]),
  ),
  domainIsPure: zone(
    'src/features/*/domain/**',
    ['src/features/*/ui/**', 'src/features/*/api.ts', 'src/features/*/index.ts', 'src/shared/ui/**', 'src/shared/api/**', 'src/shared/routes/**'],
    "A feature's domain/ is pure TypeScript rules: no UI, queries or client (it may `import type` from shared/api/schema.gen).",
    ['src/shared/api/@(schema.gen|types).ts'],
  ),
  pagesUseFeatureIndex: zone(
    'src/pages/**',
    'src/features/**',
    "A page composes features through their public files (index.ts, api.ts), never a feature's internals.",
    PUBLIC_FEATURE,
  ),
  pagesBelowApp: zone('src/pages/**', 'src/app/**', 'A page never imports the app shell; app composes pages.'),
  pageIsALeaf: pages.map((name) =>
    zone(`src/pages/${name}/**`, 'src/pages/**', 'A page never imports another page; share through a feature or src/shared.', at(`src/pages/${name}/**`)),
  ),
  appUsesFeatureIndex: zone(
    'src/app/**',
    'src/features/**',
    "The shell uses features through their public files (index.ts, api.ts), never a feature's internals.",
    PUBLIC_FEATURE,
  ),
  // The demo backend sits behind one wall: application code never reaches it (tests and main.tsx's lazy
  // import('./mocks/browser') are the doors), and it reaches out only for wire types and pure rules.
  mocksWall: zone(
    ['src/shared/**', 'src/features/**', 'src/pages/**', 'src/app/**', 'src/!(main.tsx)'],
    'src/mocks/**',
    'Application code never imports the demo backend (src/mocks); only tests and main.tsx (lazily) do.',
  ),
  mocksReachOut: zone(
    'src/mocks/**',
    ['src/shared/**', 'src/features/**', 'src/pages/**', 'src/app/**'],
    "The demo backend imports only generated wire types (shared/api/schema.gen, types), shared/lib and features' domain/ rules.",
    ['src/shared/api/@(schema.gen|types).ts', 'src/shared/lib/**', 'src/features/*/domain/**'],
  ),
};

const allZones = (omit = []) =>
  Object.entries(ZONES)
    .filter(([name]) => !omit.includes(name))
    .flatMap(([, z]) => [z].flat());

const noUiInDomain = "A feature's domain/ is pure TypeScript: no React, UI, query, router, store or mock libraries.";
const DOMAIN_PACKAGES = { regex: '^(react|react-dom|react-router|zustand|msw|@mui/.*|@tanstack/.*)(/|$)', message: noUiInDomain };

const layering = [
  {
    name: 'layering/settings',
    plugins: { 'import-x': importX },
    settings: {
      // import-x's TypeScript settings (parsers, extensions), with the resolver that reads tsconfig.json.
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: at('tsconfig.json') })],
    },
  },
  {
    name: 'layering/zones',
    files: ['src/**/*.{ts,tsx}'],
    ignores: TESTS,
    rules: { 'import-x/no-restricted-paths': ['error', { zones: allZones() }] },
  },
  {
    // Tests keep the arrows, except that they may drive the demo backend and render the whole app.
    name: 'layering/zones-tests',
    files: TESTS.map((glob) => (glob.startsWith('src/') ? glob : `src/${glob}`)),
    rules: { 'import-x/no-restricted-paths': ['error', { zones: allZones(['mocksWall', 'featuresBelowPages', 'pagesBelowApp']) }] },
  },
  {
    // The server is bundled on its own (server/vite.config.ts): of the console it takes only the live-mode
    // contract, so no browser code (React, the store, the client) ends up in it.
    name: 'layering/server',
    files: ['server/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone(
              'server/**',
              'src/**',
              'The server imports of the console only the live-mode contract, src/shared/lib/liveUpstream.ts.',
              'src/shared/lib/liveUpstream.[t]s',
            ),
          ],
        },
      ],
    },
  },
  {
    name: 'layering/no-cycle',
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    name: 'layering/domain-packages',
    files: ['src/features/*/domain/**', 'src/shared/lib/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DOMAIN_PACKAGES] }] },
  },
  {
    // main.tsx is the one file that may load the demo backend, and only lazily (import('./mocks/browser')),
    // so production builds without demo mode leave it out.
    name: 'layering/main',
    files: ['src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\./mocks(/|$)', message: "main.tsx may load the demo backend only lazily: import('./mocks/browser')." }] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/^\\.\\x2Fmocks(\\x2F(?!browser(\\.ts)?$)|$)/]',
          message: 'main.tsx may lazily import only ./mocks/browser.',
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-demo/',
      'dist-e2e-*/',
      'dist-server/',
      'reports/',
      'test-results/',
      'playwright-report/',
      'node_modules/',
      'public/mockServiceWorker.js',
      'src/shared/api/schema.gen.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    name: 'flightdeck/globals',
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
  },
  {
    name: 'flightdeck/node-files',
    files: ['scripts/**', 'server/**', 'e2e/**', 'api/**', '*.config.{js,ts,mjs}', 'src/mocks/node.ts', 'src/test/**', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    name: 'flightdeck/typescript',
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    name: 'flightdeck/react',
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    ...jsxA11y.flatConfigs.recommended,
    name: 'flightdeck/a11y',
    files: ['**/*.tsx'],
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // Moving focus into a dialog's first field is what the WAI-ARIA dialog pattern asks for; MUI
      // components (TextField, Button) do that with autoFocus. Plain DOM elements still may not.
      'jsx-a11y/no-autofocus': ['error', { ignoreNonDOM: true }],
      // A region that scrolls sideways (a wide table on a phone) must take focus, so keyboard users can scroll
      // it (axe: scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true }],
    },
  },
  {
    // react-router's Link carries framework-mode prefetching this console never uses (about 2 kB of the
    // first visit); shared/routes/Link has the same href and click handling. Placed before the layering
    // configs, whose no-restricted-imports for domain/ and main.tsx are stricter still.
    name: 'flightdeck/one-link',
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/shared/routes/Link.tsx', 'src/shared/ui/useGuardedMutation.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react-router', importNames: ['Link', 'NavLink'], message: 'Use Link from shared/routes/Link: it leaves out framework-mode prefetching.' },
            // One in-flight guard for every write: a second call while one is in flight is dropped.
            {
              name: '@tanstack/react-query',
              importNames: ['useMutation'],
              message: 'Use useGuardedMutation from shared/ui: it sends a write once however often it is clicked.',
            },
          ],
        },
      ],
    },
  },
  ...layering,
  ...pluginQuery.configs['flat/recommended'],
  {
    ...testingLibrary.configs['flat/react'],
    name: 'flightdeck/testing-library',
    // Component tests only: a domain test's renderAgentValues() is not Testing Library's render.
    files: ['src/**/*.test.tsx', 'src/test/**'],
    rules: {
      ...testingLibrary.configs['flat/react'].rules,
      // A row or dialog is found by role first; closest('tr') from there is how a test scopes to it.
      'testing-library/no-node-access': 'off',
    },
  },
  {
    // Vitest runs without globals, so Testing Library cannot register its own afterEach cleanup.
    name: 'flightdeck/test-setup',
    files: ['src/test/setup.ts'],
    rules: { 'testing-library/no-manual-cleanup': 'off' },
  },
  {
    ...playwright.configs['flat/recommended'],
    name: 'flightdeck/playwright',
    files: ['e2e/**'],
  },
  {
    // Tests find elements by role, label or text, as people do; MUI's class names are styling, not contract.
    name: 'flightdeck/no-mui-class-selectors',
    files: ['src/**/*.test.{ts,tsx}', 'src/test/**', 'e2e/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'Literal[value=/\\.Mui[A-Z]/]', message: 'Select by role or label, not by a .Mui* class name.' },
        { selector: 'TemplateElement[value.raw=/\\.Mui[A-Z]/]', message: 'Select by role or label, not by a .Mui* class name.' },
      ],
    },
  },
  {
    // Only src/shared/api/client.ts talks HTTP. The demo backend, tests and tooling are exempt.
    name: 'layering/http-only-in-client',
    files: ['src/**'],
    ignores: ['src/shared/api/client.ts', 'src/mocks/**', ...TESTS],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: "Only src/shared/api/client.ts talks HTTP: use a feature's api.ts." },
        { name: 'XMLHttpRequest', message: "Only src/shared/api/client.ts talks HTTP: use a feature's api.ts." },
      ],
      'no-restricted-properties': [
        'error',
        ...['globalThis', 'window', 'self'].map((object) => ({
          object,
          property: 'fetch',
          message: "Only src/shared/api/client.ts talks HTTP: use a feature's api.ts.",
        })),
      ],
    },
  },
);
