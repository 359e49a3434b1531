import { preset } from '@statsbidrag/test-kit/jest-preset';

export default preset({
  testEnvironment: 'jsdom',
  setupFiles: ['<rootDir>/src/test-support/setup.js'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '\\.css$': '<rootDir>/src/test-support/style-stub.js',
  },
});
