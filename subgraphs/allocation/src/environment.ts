import { readServiceEnvironment } from '@statsbidrag/graphql-kit';

export const ALLOCATION_PORT = 4003;
export const readEnvironment = () => readServiceEnvironment(ALLOCATION_PORT);
