import { config } from '@statsbidrag/eslint-config';

export default config([
  {
    files: ['bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
]);
