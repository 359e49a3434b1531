export { default } from '@statsbidrag/eslint-config';
