import { dbPreset } from '@statsbidrag/test-kit/jest-preset-db';
export default dbPreset();
