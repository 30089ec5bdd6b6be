// Flat config: typescript-eslint + react-hooks + jsx-a11y, and the import
// boundaries that keep the engine pure and the features independent.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const FEATURES = ['home', 'quiz', 'results', 'compare', 'roles', 'skills', 'how-it-works'];
const UI_LIBRARIES = ['react', 'react-dom', 'react-dom/*', 'react/*', 'zustand', 'zustand/*', 'react-router', 'react-router/*'];

/** Patterns that match an import of the given src/ folder from anywhere. */
const folder = (name) => [`**/${name}`, `**/${name}/**`];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['src/paraglide/', 'messages/en-XA/', 'dist/', 'dist-pseudo/', 'dist-ssr/', 'coverage/', 'node_modules/', 'playwright-report/', 'test-results/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render content as React text, never raw HTML.' },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'No raw HTML: build DOM nodes or React elements.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No raw HTML.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  // Every word a screen shows comes from a message (src/i18n): no literal words in JSX text,
  // in strings put into JSX, or in attributes read aloud (docs/i18n.md).
  {
    files: ['src/{app,components,features}/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render content as React text, never raw HTML.' },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'No raw HTML: build DOM nodes or React elements.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No raw HTML.' },
        { selector: 'JSXText[value=/[A-Za-z]/]', message: 'Words come from messages: m.<key>() from src/i18n.' },
        { selector: 'JSXExpressionContainer > Literal[value=/[A-Za-z]{2}/]', message: 'Words come from messages: m.<key>() from src/i18n.' },
        { selector: 'JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/[A-Za-z]{2}/]', message: 'Words come from messages: m.<key>() from src/i18n.' },
        {
          selector: "JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|aria-valuetext|title|alt|placeholder|label)$/] > Literal[value=/[A-Za-z]/]",
          message: 'Read-aloud words come from messages: m.<key>() from src/i18n.',
        },
      ],
    },
  },
  // The engine is pure TypeScript: no UI library, no app layer, no content.
  {
    files: ['src/engine/**/*.ts'],
    rules: restrict(
      [...UI_LIBRARIES, ...folder('features'), ...folder('app'), ...folder('state'), ...folder('components'), ...folder('content'), ...folder('routes')],
      'src/engine is pure: it may not import React, zustand, react-router, content or any UI layer.',
    ),
  },
  // Content is typed data: it may use engine types, nothing from the UI.
  {
    files: ['src/content/**/*.ts'],
    rules: restrict(
      [...UI_LIBRARIES, ...folder('features'), ...folder('app'), ...folder('state'), ...folder('components'), ...folder('routes')],
      'src/content is data: it may import engine types only.',
    ),
  },
  // The route manifest is data and pure functions over engine and content, below every screen.
  {
    files: ['src/routes/**/*.ts'],
    rules: restrict(
      [...UI_LIBRARIES, ...folder('features'), ...folder('app'), ...folder('state'), ...folder('components')],
      'src/routes is the route manifest: engine and content only, no UI.',
    ),
  },
  // Shared state and components sit below the features.
  {
    files: ['src/state/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: restrict([...folder('features'), ...folder('app')], 'Shared layers may not import features or the app.'),
  },
  // Each feature may not import another feature or the app.
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: restrict(
      [...FEATURES.filter((other) => other !== feature).flatMap((other) => [...folder(`features/${other}`), `../${other}`, `../${other}/**`]), ...folder('app')],
      'Features are independent: move shared UI to src/components and shared logic to src/engine.',
    ),
  })),
);
