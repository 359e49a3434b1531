import type { Role } from '@statsbidrag/domain';
import { CURRENT_DISTRICTS } from './districts.js';

/**
 * Demo users (fictional). The dev sign-in page lists them; the person subgraph seeds them as
 * staff; the Keycloak realm in docker-compose has the same users (password = username).
 */
export interface DemoUser {
  username: string;
  name: string;
  email: string;
  roles: Role[];
  districtCodes: string[];
  /** Short Swedish description for the sign-in page. */
  description: string;
}

function slug(code: string): string {
  return code.toLowerCase().replace(/_/g, '-');
}

const central: DemoUser[] = [
  { username: 'samordnare', name: 'Sara Samordnare', email: 'sara.samordnare@example.org', roles: ['COORDINATOR'], districtCodes: [], description: 'Samordnare AmF – återsökning, fördelning, överklagan' },
  { username: 'samordnare2', name: 'Sami Samordnare', email: 'sami.samordnare@example.org', roles: ['COORDINATOR'], districtCodes: [], description: 'Samordnare AmF' },
  { username: 'administrator', name: 'Anna Administratör', email: 'anna.administrator@example.org', roles: ['ADMINISTRATOR'], districtCodes: [], description: 'Administratör AmF – schablon, barnanmälningar' },
  { username: 'ekonomichef', name: 'Erik Ekonomichef', email: 'erik.ekonomichef@example.org', roles: ['FINANCE_MANAGER'], districtCodes: [], description: 'Ekonomichef – beslutar om överklagan' },
  { username: 'systemansvarig', name: 'Sven Systemansvarig', email: 'sven.systemansvarig@example.org', roles: ['SYSTEM_ADMIN'], districtCodes: [], description: 'Systemansvarig – organisation och referensdata' },
  { username: 'analytiker', name: 'Bea Analytiker', email: 'bea.analytiker@example.org', roles: ['ANALYST'], districtCodes: [], description: 'BI-användare – endast läsning' },
];

const district: DemoUser[] = CURRENT_DISTRICTS.flatMap((d) => [
  {
    username: `${slug(d.code)}.kontakt`,
    name: `Kim Kontakt (${d.name})`,
    email: `kontakt.${slug(d.code)}@example.org`,
    roles: ['DISTRICT_CONTACT'] as Role[],
    districtCodes: [d.code],
    description: `Kontaktperson SDF ${d.name}`,
  },
  {
    username: `${slug(d.code)}.handlaggare`,
    name: `Hedda Handläggare (${d.name})`,
    email: `handlaggare.${slug(d.code)}@example.org`,
    roles: ['DISTRICT_OFFICER'] as Role[],
    districtCodes: [d.code],
    description: `Handläggare SDF ${d.name}`,
  },
]);

export const DEMO_USERS: readonly DemoUser[] = [...central, ...district];

export function findDemoUser(username: string): DemoUser | undefined {
  return DEMO_USERS.find((u) => u.username === username);
}
