import { readServiceEnvironment } from '@statsbidrag/graphql-kit';

export const PERSON_PORT = 4001;
export const readEnvironment = () => readServiceEnvironment(PERSON_PORT);

/** SMTP server for e-mail notifications (`smtp://127.0.0.1:1025`); null = no e-mail is sent. */
export function readSmtpUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.SMTP_URL?.trim() || null;
}

/** The portal's public address (`https://statsbidrag.stockholm.se`), for links in e-mails; null = relative links. */
export function readPortalPublicUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const raw = env.PORTAL_PUBLIC_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`PORTAL_PUBLIC_URL är ingen giltig adress: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`PORTAL_PUBLIC_URL ska börja med http:// eller https://: ${raw}`);
  return url.toString().replace(/\/+$/, '');
}
