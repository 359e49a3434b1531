import { DEMO_USERS, type DemoUser } from '@statsbidrag/demo-data';
import { ALL_ROLES, ROLE_LABELS } from '@statsbidrag/domain';

/**
 * The Keycloak realm that docker-compose imports (`start-dev --import-realm`), generated from the
 * demo users so that the OIDC provider and the embedded dev sign-in page always know the same
 * people, roles and districts. The committed file is
 * packages/platform/compose/keycloak/statsbidrag-realm.json; a test fails when it drifts
 * (docs/adr/0006-deployment-compose.md).
 */

export const KEYCLOAK_REALM = 'statsbidrag';
export const GATEWAY_CLIENT_ID = 'statsbidrag-gateway';
/** Audience the gateway requires in access tokens (`OIDC_AUDIENCE`, same as the dev tokens). */
export const TOKEN_AUDIENCE = 'statsbidrag';
/** User attribute and token claim carrying a district user's district codes. */
export const DISTRICT_CODES_ATTRIBUTE = 'district_codes';
/**
 * Dev-only default of the gateway's client secret. Keycloak resolves `${OIDC_CLIENT_SECRET:…}`
 * from its environment when it imports the realm, so compose passes the same `OIDC_CLIENT_SECRET`
 * to Keycloak and to the gateway; without it both fall back to this value.
 */
export const DEV_GATEWAY_CLIENT_SECRET = 'statsbidrag-gateway-dev-secret';
export const CLIENT_SECRET_PLACEHOLDER = `\${OIDC_CLIENT_SECRET:${DEV_GATEWAY_CLIENT_SECRET}}`;

export interface KeycloakRealmOptions {
  users?: readonly DemoUser[];
  /** Public base URL of the gateway (the OIDC callback is `${gatewayUrl}/auth/callback`). */
  gatewayUrls?: readonly string[];
  /** Origins of the frontends (allowed as post-logout redirects). */
  frontendOrigins?: readonly string[];
}

export const DEFAULT_GATEWAY_URLS = ['http://localhost:4000', 'http://127.0.0.1:4000'] as const;
export const DEFAULT_FRONTEND_ORIGINS = [
  'http://localhost:3000',
  'http://localhost:3001',
  'http://localhost:3002',
  'http://127.0.0.1:3000',
  'http://127.0.0.1:3001',
  'http://127.0.0.1:3002',
] as const;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type KeycloakRealm = { [key: string]: Json };

/** "Kim Kontakt (Järva)" → first "Kim", last "Kontakt (Järva)". */
export function splitName(name: string): { firstName: string; lastName: string } {
  const trimmed = name.trim();
  const space = trimmed.indexOf(' ');
  if (space < 0) return { firstName: trimmed, lastName: trimmed };
  return { firstName: trimmed.slice(0, space), lastName: trimmed.slice(space + 1).trim() };
}

function keycloakUser(user: DemoUser): Json {
  const { firstName, lastName } = splitName(user.name);
  const attributes: Record<string, Json> = {};
  if (user.districtCodes.length > 0) attributes[DISTRICT_CODES_ATTRIBUTE] = [...user.districtCodes];
  return {
    username: user.username,
    enabled: true,
    emailVerified: true,
    firstName,
    lastName,
    email: user.email,
    attributes,
    // Demo only: the password is the username, as on the dev sign-in page.
    credentials: [{ type: 'password', value: user.username, temporary: false }],
    realmRoles: [...user.roles],
    requiredActions: [],
  };
}

function mapperConfig(claims: { access: boolean; id: boolean; userinfo: boolean }, extra: Record<string, string>): Record<string, string> {
  return {
    ...extra,
    'access.token.claim': String(claims.access),
    'id.token.claim': String(claims.id),
    'userinfo.token.claim': String(claims.userinfo),
    'introspection.token.claim': 'true',
  };
}

function gatewayClient(gatewayUrls: readonly string[], frontendOrigins: readonly string[]): Json {
  const postLogout = [...gatewayUrls, ...frontendOrigins].map((u) => `${u}/*`);
  return {
    clientId: GATEWAY_CLIENT_ID,
    name: 'Statsbidrag – gateway',
    description: 'Gatewayn loggar in användare med auktoriseringskodflödet och lämnar åtkomsttoken till frontends.',
    enabled: true,
    protocol: 'openid-connect',
    publicClient: false,
    clientAuthenticatorType: 'client-secret',
    secret: CLIENT_SECRET_PLACEHOLDER,
    standardFlowEnabled: true,
    implicitFlowEnabled: false,
    directAccessGrantsEnabled: false,
    serviceAccountsEnabled: false,
    frontchannelLogout: true,
    fullScopeAllowed: true,
    redirectUris: gatewayUrls.map((u) => `${u}/auth/callback`),
    webOrigins: ['+'],
    attributes: {
      'post.logout.redirect.uris': postLogout.join('##'),
    },
    // Built-in scopes: `basic` (sub), `profile` (name, preferred_username), `email`, `roles`.
    defaultClientScopes: ['web-origins', 'acr', 'basic', 'profile', 'email', 'roles'],
    protocolMappers: [
      {
        name: 'realm roles',
        protocol: 'openid-connect',
        protocolMapper: 'oidc-usermodel-realm-role-mapper',
        consentRequired: false,
        config: mapperConfig({ access: true, id: true, userinfo: true }, {
          'claim.name': 'realm_access.roles',
          'jsonType.label': 'String',
          multivalued: 'true',
        }),
      },
      {
        name: DISTRICT_CODES_ATTRIBUTE,
        protocol: 'openid-connect',
        protocolMapper: 'oidc-usermodel-attribute-mapper',
        consentRequired: false,
        config: mapperConfig({ access: true, id: true, userinfo: true }, {
          'user.attribute': DISTRICT_CODES_ATTRIBUTE,
          'claim.name': DISTRICT_CODES_ATTRIBUTE,
          'jsonType.label': 'String',
          multivalued: 'true',
          'aggregate.attrs': 'false',
        }),
      },
      {
        name: `audience ${TOKEN_AUDIENCE}`,
        protocol: 'openid-connect',
        protocolMapper: 'oidc-audience-mapper',
        consentRequired: false,
        config: mapperConfig({ access: true, id: false, userinfo: false }, {
          'included.custom.audience': TOKEN_AUDIENCE,
        }),
      },
    ],
  };
}

/**
 * Declarative user profile (Keycloak ≥ 24 drops attributes that the profile does not declare).
 * `district_codes` is managed, multivalued and visible/editable by administrators only, so a user
 * cannot widen their own district scope through the account console.
 */
function userProfileConfig(): string {
  const everyone = { view: ['admin', 'user'], edit: ['admin', 'user'] };
  return JSON.stringify({
    attributes: [
      {
        name: 'username',
        displayName: 'Användarnamn',
        validations: { length: { min: 3, max: 255 }, 'username-prohibited-characters': {}, 'up-username-not-idn-homograph': {} },
        permissions: everyone,
        multivalued: false,
      },
      { name: 'email', displayName: 'E-post', validations: { email: {}, length: { max: 255 } }, permissions: everyone, multivalued: false },
      { name: 'firstName', displayName: 'Förnamn', validations: { length: { max: 255 } }, permissions: everyone, multivalued: false },
      { name: 'lastName', displayName: 'Efternamn', validations: { length: { max: 255 } }, permissions: everyone, multivalued: false },
      {
        name: DISTRICT_CODES_ATTRIBUTE,
        displayName: 'Stadsdelsförvaltningar (koder)',
        permissions: { view: ['admin'], edit: ['admin'] },
        multivalued: true,
      },
    ],
    groups: [{ name: 'user-metadata', displayHeader: 'Användarmetadata', displayDescription: 'Attribut som beskriver användaren' }],
  });
}

/** Builds the realm representation that Keycloak imports. Deterministic: same input, same JSON. */
export function buildKeycloakRealm(options: KeycloakRealmOptions = {}): KeycloakRealm {
  const users = options.users ?? DEMO_USERS;
  const gatewayUrls = options.gatewayUrls ?? DEFAULT_GATEWAY_URLS;
  const frontendOrigins = options.frontendOrigins ?? DEFAULT_FRONTEND_ORIGINS;
  return {
    realm: KEYCLOAK_REALM,
    displayName: 'Statsbidrag – Stockholms stad (demo)',
    enabled: true,
    // http is allowed from localhost and private networks only (the compose network).
    sslRequired: 'external',
    registrationAllowed: false,
    resetPasswordAllowed: false,
    rememberMe: false,
    loginWithEmailAllowed: true,
    duplicateEmailsAllowed: false,
    editUsernameAllowed: false,
    bruteForceProtected: true,
    accessTokenLifespan: 3600,
    ssoSessionIdleTimeout: 28800,
    ssoSessionMaxLifespan: 36000,
    internationalizationEnabled: true,
    supportedLocales: ['sv', 'en'],
    defaultLocale: 'sv',
    roles: {
      realm: ALL_ROLES.map((role) => ({ name: role, description: ROLE_LABELS[role] })),
    },
    users: users.map(keycloakUser),
    clients: [gatewayClient(gatewayUrls, frontendOrigins)],
    components: {
      'org.keycloak.userprofile.UserProfileProvider': [
        { providerId: 'declarative-user-profile', subComponents: {}, config: { 'kc.user.profile.config': [userProfileConfig()] } },
      ],
    },
  };
}

/** The file content as committed: two-space JSON with a trailing newline. */
export function renderKeycloakRealm(options: KeycloakRealmOptions = {}): string {
  return `${JSON.stringify(buildKeycloakRealm(options), null, 2)}\n`;
}
