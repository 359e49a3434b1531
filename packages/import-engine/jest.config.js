import { preset } from '@statsbidrag/test-kit/jest-preset';
export default preset();
