import { readServiceEnvironment } from '@statsbidrag/graphql-kit';

export const DECISIONS_PORT = 4004;
export const readEnvironment = () => readServiceEnvironment(DECISIONS_PORT);
