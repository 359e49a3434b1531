import { preset } from '@statsbidrag/test-kit/jest-preset';
export default preset({
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/global-setup.js',
  globalTeardown: '<rootDir>/global-teardown.js',
  testTimeout: 90_000,
});
