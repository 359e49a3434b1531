import { readServiceEnvironment } from '@statsbidrag/graphql-kit';

export const APPEALS_PORT = 4005;
export const readEnvironment = () => readServiceEnvironment(APPEALS_PORT);
