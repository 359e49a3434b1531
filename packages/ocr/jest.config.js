import { preset } from '@statsbidrag/test-kit/jest-preset';
// OCR is slow on a shared 2-core machine: one worker, generous per-test time.
export default preset({ testTimeout: 120_000 });
