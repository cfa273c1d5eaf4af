// ESLint flat config: the rule sets the anchors keep (lit-starter-ts, Shoelace, material-web): ESLint's and
// typescript-eslint's recommended, eslint-plugin-lit (template bindings) and eslint-plugin-wc (custom-element
// lifecycle). Formatting is Prettier's (`npm run format`), so eslint-config-prettier switches off the style rules
// that would fight it. Every rule turned off or relaxed below says why.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      'dist/',
      'storybook-static/',
      'coverage/',
      '.test-results/',
      'frameworks/angular/.angular/',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/element/**/*.ts', 'stories/**/*.ts', 'test/element/**/*.ts', 'demo/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/element/**/*.ts', 'src/define.ts', 'src/index.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/element/**/*.ts', 'src/define.ts', 'src/index.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Global augmentation (`declare global { namespace JSX … }` for React's intrinsic elements) needs a namespace.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
      // `interface HTMLElementEventMap extends FairOfferEventMap {}` is how events join the global map.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // `_name` marks a parameter that an interface requires but this implementation does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design (@open-wc/testing's style).
    files: ['test/element/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  prettier,
);
