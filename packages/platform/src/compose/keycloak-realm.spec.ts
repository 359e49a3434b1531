import { readFileSync } from 'node:fs';
import { DEMO_USERS } from '@statsbidrag/demo-data';
import { ALL_ROLES } from '@statsbidrag/domain';
import {
  buildKeycloakRealm,
  DEV_GATEWAY_CLIENT_SECRET,
  DISTRICT_CODES_ATTRIBUTE,
  GATEWAY_CLIENT_ID,
  KEYCLOAK_REALM,
  renderKeycloakRealm,
  splitName,
  TOKEN_AUDIENCE,
} from './keycloak-realm.js';
import { KEYCLOAK_REALM_FILE } from './paths.js';

interface Mapper { name: string; protocolMapper: string; config: Record<string, string> }
interface Client {
  clientId: string;
  publicClient: boolean;
  standardFlowEnabled: boolean;
  secret: string;
  redirectUris: string[];
  defaultClientScopes: string[];
  protocolMappers: Mapper[];
}
interface User {
  username: string;
  firstName: string;
  lastName: string;
  email: string;
  attributes: Record<string, string[]>;
  credentials: { type: string; value: string; temporary: boolean }[];
  realmRoles: string[];
}
interface Realm {
  realm: string;
  roles: { realm: { name: string }[] };
  users: User[];
  clients: Client[];
  components: Record<string, { config: Record<string, string[]> }[]>;
}

const realm = buildKeycloakRealm() as unknown as Realm;
const client = realm.clients.find((c) => c.clientId === GATEWAY_CLIENT_ID)!;

function mapper(type: string, predicate: (m: Mapper) => boolean = () => true): Mapper {
  const found = client.protocolMappers.find((m) => m.protocolMapper === type && predicate(m));
  if (!found) throw new Error(`mapper ${type} saknas`);
  return found;
}

describe('Keycloak realm for docker-compose', () => {
  it('is committed exactly as the generator writes it (run `pnpm --filter @statsbidrag/platform keycloak-realm` after changing the demo users)', () => {
    expect(readFileSync(KEYCLOAK_REALM_FILE, 'utf8')).toBe(renderKeycloakRealm());
  });

  it('is the statsbidrag realm with the seven roles', () => {
    expect(realm.realm).toBe(KEYCLOAK_REALM);
    expect(realm.roles.realm.map((r) => r.name)).toEqual([...ALL_ROLES]);
  });

  it('has every demo user, password = username, with roles, names, e-mail and districts', () => {
    expect(realm.users.map((u) => u.username)).toEqual(DEMO_USERS.map((u) => u.username));
    for (const demo of DEMO_USERS) {
      const user = realm.users.find((u) => u.username === demo.username)!;
      expect(`${user.firstName} ${user.lastName}`).toBe(demo.name);
      expect(user.email).toBe(demo.email);
      expect(user.realmRoles).toEqual(demo.roles);
      expect(user.credentials).toEqual([{ type: 'password', value: demo.username, temporary: false }]);
      expect(user.attributes[DISTRICT_CODES_ATTRIBUTE] ?? []).toEqual(demo.districtCodes);
    }
    expect(realm.users.some((u) => (u.attributes[DISTRICT_CODES_ATTRIBUTE] ?? []).length > 0)).toBe(true);
  });

  it('splits names at the first space', () => {
    expect(splitName('Kim Kontakt (Järva)')).toEqual({ firstName: 'Kim', lastName: 'Kontakt (Järva)' });
    expect(splitName('Sara Samordnare')).toEqual({ firstName: 'Sara', lastName: 'Samordnare' });
  });

  it('has a confidential gateway client with the code flow and the callback URL', () => {
    expect(client.publicClient).toBe(false);
    expect(client.standardFlowEnabled).toBe(true);
    expect(client.redirectUris).toContain('http://localhost:4000/auth/callback');
    expect(client.secret).toBe(`\${OIDC_CLIENT_SECRET:${DEV_GATEWAY_CLIENT_SECRET}}`);
    expect(client.defaultClientScopes).toEqual(expect.arrayContaining(['basic', 'profile', 'email', 'roles']));
  });

  it('maps realm roles to realm_access.roles and district_codes to a multivalued claim in access and ID tokens', () => {
    const roles = mapper('oidc-usermodel-realm-role-mapper');
    expect(roles.config).toMatchObject({ 'claim.name': 'realm_access.roles', multivalued: 'true', 'access.token.claim': 'true', 'id.token.claim': 'true' });
    const districts = mapper('oidc-usermodel-attribute-mapper', (m) => m.config['user.attribute'] === DISTRICT_CODES_ATTRIBUTE);
    expect(districts.config).toMatchObject({
      'claim.name': DISTRICT_CODES_ATTRIBUTE,
      multivalued: 'true',
      'access.token.claim': 'true',
      'id.token.claim': 'true',
    });
    const audience = mapper('oidc-audience-mapper');
    expect(audience.config).toMatchObject({ 'included.custom.audience': TOKEN_AUDIENCE, 'access.token.claim': 'true' });
  });

  it('declares district_codes in the user profile, editable by administrators only', () => {
    const provider = realm.components['org.keycloak.userprofile.UserProfileProvider']![0]!;
    const profile = JSON.parse(provider.config['kc.user.profile.config']![0]!) as {
      attributes: { name: string; multivalued?: boolean; permissions: { edit: string[] } }[];
    };
    expect(profile.attributes.map((a) => a.name)).toEqual(['username', 'email', 'firstName', 'lastName', DISTRICT_CODES_ATTRIBUTE]);
    const districts = profile.attributes.find((a) => a.name === DISTRICT_CODES_ATTRIBUTE)!;
    expect(districts.multivalued).toBe(true);
    expect(districts.permissions.edit).toEqual(['admin']);
  });
});
