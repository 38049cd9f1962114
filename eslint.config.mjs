// Lint for the whole repository: `npm run lint` (eslint .).
//
// Besides the usual TypeScript and React hooks rules, `storefleet/layer-imports` enforces the
// layer rules of docs ARCHITECTURE.md ("Layers and who may import whom"). It resolves relative
// paths and the @shared alias before judging, so `../../api/x` is caught as surely as
// `src/main/api/x`, and it sees import/export-from, import() and require() alike.

import { builtinModules } from 'node:module';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ROOT = dirname(fileURLToPath(import.meta.url));

const NODE_BUILTINS = [...new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))];

/**
 * Who may import whom. `folders`: repository folders a layer may not import from.
 * `modules`: bare module names (and their subpaths) it may not import.
 * `onlyModules`: when set, the only bare modules allowed at all.
 * `typeOnlyFolders`: folders it may import from with `import type` only.
 */
const LAYERS = [
  {
    files: ['src/shared/**'],
    why: 'src/shared is pure: no Node, no Electron, nothing from the hosts or the renderer',
    modules: ['electron', ...NODE_BUILTINS],
    folders: ['src/main', 'src/preload', 'src/renderer'],
  },
  {
    files: ['src/main/core/**'],
    why: 'src/main/core is Electron-free and knows no transport, host or screen',
    modules: ['electron'],
    folders: ['src/main/api', 'src/main/cli', 'src/main/electron', 'src/main/index.ts', 'src/preload', 'src/renderer'],
  },
  {
    files: ['src/main/api/**'],
    why: 'src/main/api binds procedures to core and must run in every host',
    modules: ['electron'],
    folders: ['src/main/cli', 'src/main/electron', 'src/main/index.ts', 'src/preload', 'src/renderer'],
  },
  {
    files: ['src/main/cli/**'],
    why: 'the CLI and browser host run on plain Node, without Electron',
    modules: ['electron'],
    folders: ['src/main/electron', 'src/main/index.ts', 'src/preload', 'src/renderer'],
  },
  {
    files: ['src/preload/**'],
    why: 'a sandboxed preload can only require electron; shared code may pull in zod, so types only',
    onlyModules: ['electron'],
    folders: ['src/main', 'src/renderer'],
    typeOnlyFolders: ['src/shared'],
  },
  {
    files: ['src/renderer/**'],
    why: 'the renderer is untrusted web content and reaches the backend only through window.storefleet',
    modules: ['electron', ...NODE_BUILTINS],
    folders: ['src/main', 'src/preload'],
  },
];

function isInside(file, folder) {
  const path = relative(resolve(ROOT, folder), file);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

/** A specifier as a repository file path, or null for a bare module. */
function resolveSpecifier(specifier, fromFile) {
  if (specifier.startsWith('.')) return resolve(dirname(fromFile), specifier);
  if (specifier.startsWith('/')) return specifier;
  if (specifier === '@shared' || specifier.startsWith('@shared/')) return resolve(ROOT, 'src/shared', specifier.slice('@shared/'.length));
  return null;
}

function bareModuleMatches(specifier, names) {
  return names.some((name) => specifier === name || specifier.startsWith(`${name}/`));
}

const layerImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the import rules between src/shared, core, api, cli, electron, preload and renderer' },
    schema: [{ type: 'object', additionalProperties: true }],
    messages: { forbidden: "'{{specifier}}' may not be imported here: {{why}}." },
  },
  create(context) {
    const layer = context.options[0];
    const file = context.filename;

    function check(node, specifier, typeOnly) {
      if (typeof specifier !== 'string') return;
      const target = resolveSpecifier(specifier, file);
      let forbidden;
      if (target === null) {
        forbidden = layer.onlyModules
          ? !typeOnly && !bareModuleMatches(specifier, layer.onlyModules)
          : bareModuleMatches(specifier, layer.modules ?? []);
      } else {
        const inForbiddenFolder = (layer.folders ?? []).some((folder) => isInside(target, folder));
        const typeOnlyViolation = !typeOnly && (layer.typeOnlyFolders ?? []).some((folder) => isInside(target, folder));
        forbidden = inForbiddenFolder || typeOnlyViolation;
      }
      if (forbidden) context.report({ node, messageId: 'forbidden', data: { specifier, why: layer.why } });
    }

    const isTypeOnlyImport = (node) =>
      node.importKind === 'type' ||
      (node.specifiers.length > 0 && node.specifiers.every((specifier) => specifier.importKind === 'type'));

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value, isTypeOnlyImport(node)),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value, node.exportKind === 'type'),
      ExportAllDeclaration: (node) => check(node.source, node.source.value, node.exportKind === 'type'),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value, false),
      TSImportType: (node) => {
        const literal = node.argument?.literal ?? node.argument;
        if (literal?.type === 'Literal') check(literal, literal.value, true);
      },
      CallExpression: (node) => {
        const [argument] = node.arguments;
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && argument?.type === 'Literal') {
          check(argument, argument.value, false);
        }
      },
    };
  },
};

const storefleet = { rules: { 'layer-imports': layerImports } };

export default defineConfig(
  // The same scratch and output folders .gitignore leaves out.
  globalIgnores(['out/**', 'dist/**', 'node_modules/**', 'resources/**', 'coverage/**', 'test-results/**', 'tmp/**', 'screenshots/**']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        {
          'ts-ignore': 'allow-with-description',
          'ts-expect-error': 'allow-with-description',
          'ts-nocheck': true,
          minimumDescriptionLength: 10,
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/main/**', 'scripts/**', 'tests/**', 'bench/**', '*.config.{ts,mjs,js,cjs}', 'eslint.config.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // CommonJS: .cjs files and bin/ (package.json has no "type": "module").
    files: ['**/*.cjs', 'bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/preload/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    ...reactHooks.configs.flat.recommended,
  },
  ...LAYERS.map(({ files, ...layer }) => ({
    files,
    plugins: { storefleet },
    rules: { 'storefleet/layer-imports': ['error', layer] },
  })),
);
