import { readServiceEnvironment } from '@statsbidrag/graphql-kit';

export const PERSON_PORT = 4001;
export const readEnvironment = () => readServiceEnvironment(PERSON_PORT);

/** SMTP server for e-mail notifications (`smtp://127.0.0.1:1025`); null = no e-mail is sent. */
export function readSmtpUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.SMTP_URL?.trim() || null;
}
