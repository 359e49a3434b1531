// Shared flat ESLint config for every package of the platform.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Rules that keep the house style (../../docs/adr) enforceable by a machine. */
const houseRules = {
  'no-console': 'off',
  '@typescript-eslint/no-explicit-any': 'warn',
  '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
  // process.env is read in one place per service: src/environment.ts
  'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Läs konfiguration i src/environment.ts (process.env används bara där).' }],
  'no-restricted-syntax': [
    'error',
    { selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]", message: '.only får inte checkas in.' },
  ],
};

export function config(extra = []) {
  return tseslint.config(
    { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '**/*.d.ts', 'src/migrations/**'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    { files: ['**/*.{ts,tsx}'], rules: houseRules },
    {
      files: ['**/environment.ts', '**/*.spec.ts', '**/*.integration-spec.ts', '**/*.e2e-spec.ts', '**/*.config.*', 'bin/**', 'jest.*', '**/global-setup.js'],
      rules: { 'no-restricted-properties': 'off' },
    },
    // Plain JavaScript (bin scripts, jest setup) runs on Node: its globals are known.
    { files: ['**/*.{js,mjs,cjs}'], rules: { 'no-undef': 'off' } },
    ...extra,
  );
}

export default config();
