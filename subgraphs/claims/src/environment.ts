import { readServiceEnvironment } from '@statsbidrag/graphql-kit';

export const CLAIMS_PORT = 4002;
export const readEnvironment = () => readServiceEnvironment(CLAIMS_PORT);
