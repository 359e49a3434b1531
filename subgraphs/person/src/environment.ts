import { readServiceEnvironment } from '@statsbidrag/graphql-kit';

export const PERSON_PORT = 4001;
export const readEnvironment = () => readServiceEnvironment(PERSON_PORT);
