import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/data', 'test-results', 'bench/out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render source text as text.',
        },
      ],
    },
  },
  {
    // The app never imports the Node-only pipeline, only the ingest worker's client (and its types); the
    // domain stays free of React and Node.
    files: ['src/app/**', 'src/features/**', 'src/url-state/**', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)pipeline/(?!browser/client$)', message: 'Use pipeline/browser/client only.' },
            { group: ['node:*'] },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**', 'src/url-state/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-dom', '**/pipeline/**', 'node:*', '**/features/**'] },
      ],
    },
  },
);
