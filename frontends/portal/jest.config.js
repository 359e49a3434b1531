import { preset } from '@statsbidrag/test-kit/jest-preset';

export default preset({
  testEnvironment: 'jsdom',
  // jsdom screens with several steps take seconds on a loaded CI machine (as in the claims remote).
  testTimeout: 20_000,
  setupFiles: ['<rootDir>/src/test-support/setup.js'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '\\.css$': '<rootDir>/src/test-support/style-stub.js',
  },
});
