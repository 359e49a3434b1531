export { default } from '@statsbidrag/test-kit/jest-preset';
