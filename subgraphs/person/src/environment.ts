import { readServiceEnvironment } from '@statsbidrag/graphql-kit';

export const PERSON_PORT = 4001;
export const readEnvironment = () => readServiceEnvironment(PERSON_PORT);

/** SMTP server for e-mail notifications (`smtp://127.0.0.1:1025`); null = no e-mail is sent. */
export function readSmtpUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.SMTP_URL?.trim() || null;
}

function readPublicUrl(name: string, env: NodeJS.ProcessEnv): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} är ingen giltig adress: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${name} ska börja med http:// eller https://: ${raw}`);
  return url.toString().replace(/\/+$/, '');
}

/** The portal's public address (`https://statsbidrag.stockholm.se`), for links in e-mails; null = relative links. */
export function readPortalPublicUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  return readPublicUrl('PORTAL_PUBLIC_URL', env);
}

/** Both apps' public addresses (PORTAL_PUBLIC_URL, SDF_PUBLIC_URL): AmF staff get portal links, district staff SDF links. */
export function readPublicLinks(env: NodeJS.ProcessEnv = process.env): { portal: string | null; sdf: string | null } {
  return { portal: readPublicUrl('PORTAL_PUBLIC_URL', env), sdf: readPublicUrl('SDF_PUBLIC_URL', env) };
}
