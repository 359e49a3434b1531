import { preset } from '@statsbidrag/test-kit/jest-preset';

export default preset({
  testEnvironment: 'jsdom',
  // The list and form specs drive react-aria through many steps; on a loaded 2-core CI machine a
  // single test can take longer than jest's default 5 s without anything being wrong.
  testTimeout: 20_000,
  setupFiles: ['<rootDir>/src/test-support/setup.js'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '\\.css$': '<rootDir>/src/test-support/style-stub.js',
  },
});
