// ESLint flat config. Besides the usual recommended sets, it enforces the layering rules of
// docs/architecture.md ("a wrong arrow fails CI"): every folder under src/ gets one list of forbidden
// import targets, checked for static imports/re-exports (no-restricted-imports) and for dynamic
// import() (no-restricted-syntax), so lazy imports cannot sneak past the rule.
// scripts/lint-layering.test.ts proves each rule fires.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const TESTS = ['**/*.test.ts', '**/*.test.tsx', 'src/test/**'];

// A relative import that climbs out of its folder into the top-level src/ folder `name`
// (e.g. `../api/client`, `../../mocks/db`). Files sit at most a few levels below src/, and no folder
// inside a layer reuses a top-level name, so "only ../ segments, then the name" is precise enough.
const into = (name, rest = '(/|$)') => `^(\\.\\./)+${name}${rest}`;

/** One forbidden target: `regex` is matched against the import specifier. */
const ban = (regex, message) => ({ regex, message });

const B = {
  api: ban(into('api'), 'This layer must not import src/api: data flows api -> pages -> app, and domain/components stay API-free.'),
  app: ban(into('app'), 'src/app sits on top of everything: nothing below it may import it.'),
  pages: ban(into('pages'), 'Pages are leaves: import shared code from components/, domain/ or api/queries/.'),
  components: ban(into('components'), 'This layer must not import shared UI (src/components).'),
  mocks: ban(into('mocks'), 'Application code never imports the demo backend (src/mocks); only tests and main.tsx (lazily) do.'),
};

const noUiInDomain = 'src/domain is pure TypeScript: no React, UI, query, router, store or mock libraries.';
const domainPackages = [
  ban('^(react|react-dom|react-router|zustand|msw)(/|$)', noUiInDomain),
  ban('^@(mui|tanstack)/', noUiInDomain),
];

/** Forbidden targets per layer (files glob -> bans). Test files of a layer drop the mocks ban. */
const layers = [
  {
    name: 'domain',
    files: ['src/domain/**'],
    bans: [...domainPackages, B.api, B.app, B.pages, B.components, B.mocks],
  },
  { name: 'components', files: ['src/components/**'], bans: [B.api, B.app, B.pages, B.mocks] },
  { name: 'api', files: ['src/api/**'], bans: [B.app, B.pages, B.components, B.mocks] },
  {
    name: 'pages',
    files: ['src/pages/**'],
    bans: [
      B.mocks,
      B.pages,
      // A page folder may import its own files, never a sibling page folder.
      ban('^(\\.\\./)+[^./][^/]*Page/', 'A page never imports another page; share through components/, domain/ or api/queries/.'),
      ban(into('app', '(/(?!paths(\\.tsx?)?$)|$)'), 'From src/app a page may import only app/paths.'),
    ],
  },
  { name: 'app', files: ['src/app/**'], bans: [B.mocks] },
  {
    name: 'mocks',
    files: ['src/mocks/**'],
    bans: [
      B.app,
      B.pages,
      B.components,
      // schema.gen (and types.ts, which only renames schema.gen types) are the API files the mocks may use.
      ban(
        into('api', '(/(?!(schema\\.gen|types)(\\.ts)?$)|$)'),
        'The demo backend may import only generated types (api/schema.gen) and domain rules from src/api.',
      ),
    ],
  },
  {
    // main.tsx is the one file that may load the demo backend, and only lazily (import('./mocks/browser')),
    // so production builds without demo mode leave it out.
    name: 'main',
    files: ['src/main.tsx'],
    bans: [ban('^\\./mocks(/|$)', 'main.tsx may load the demo backend only lazily: import(\'./mocks/browser\').')],
    dynamicBans: [ban('^\\./mocks(/(?!browser(\\.ts)?$)|$)', 'main.tsx may lazily import only ./mocks/browser.')],
  },
  {
    name: 'root',
    files: ['src/*.ts', 'src/*.tsx'],
    ignores: ['src/main.tsx'],
    bans: [ban('^\\./mocks(/|$)', 'Application code never imports src/mocks (only main.tsx, lazily).')],
  },
];

// esquery regex literals cannot contain "/", so write it as \x2F there.
const esqueryRegex = (regex) => regex.replaceAll('/', '\\x2F');

function restrict(bans, dynamicBans = bans) {
  return {
    'no-restricted-imports': ['error', { patterns: bans.map(({ regex, message }) => ({ regex, message })) }],
    'no-restricted-syntax': [
      'error',
      ...dynamicBans.map(({ regex, message }) => ({
        selector: `ImportExpression[source.value=/${esqueryRegex(regex)}/]`,
        message,
      })),
    ],
  };
}

const TEST_SUFFIXES = ['/*.test.ts', '/*.test.tsx'];

const layering = layers.flatMap(({ name, files, ignores = [], bans, dynamicBans = bans }) => [
  { name: `layering/${name}`, files, ignores: [...ignores, ...TESTS], rules: restrict(bans, dynamicBans) },
  // A layer's own tests keep its arrows, except that they may import the demo backend.
  {
    name: `layering/${name}-tests`,
    files: files.filter((f) => f.endsWith('/**')).flatMap((f) => TEST_SUFFIXES.map((s) => f + s)),
    rules: restrict(bans.filter((b) => b !== B.mocks)),
  },
]).filter((config) => config.files.length > 0);

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-demo/',
      'dist-e2e-*/',
      'reports/',
      'test-results/',
      'playwright-report/',
      'node_modules/',
      'public/mockServiceWorker.js',
      'src/api/schema.gen.ts',
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
    files: ['scripts/**', 'e2e/**', 'api/**', '*.config.{js,ts,mjs}', 'src/mocks/node.ts', 'src/test/**', '.ci/**'],
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
    },
  },
  ...layering,
  {
    // Only src/api/client.ts talks HTTP. The demo backend, tests and tooling are exempt.
    name: 'layering/http-only-in-client',
    files: ['src/**'],
    ignores: ['src/api/client.ts', 'src/mocks/**', ...TESTS],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Only src/api/client.ts talks HTTP: use a query hook from src/api/queries.' },
        { name: 'XMLHttpRequest', message: 'Only src/api/client.ts talks HTTP: use a query hook from src/api/queries.' },
      ],
      'no-restricted-properties': [
        'error',
        ...['globalThis', 'window', 'self'].map((object) => ({
          object,
          property: 'fetch',
          message: 'Only src/api/client.ts talks HTTP: use a query hook from src/api/queries.',
        })),
      ],
    },
  },
);
