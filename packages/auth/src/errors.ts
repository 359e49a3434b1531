export type AuthFailure = 'TOKEN_MISSING' | 'TOKEN_EXPIRED' | 'TOKEN_INVALID' | 'IDENTITY_MISSING' | 'IDENTITY_INVALID';

export const AUTH_MESSAGES: Record<AuthFailure, string> = {
  TOKEN_MISSING: 'Du är inte inloggad. Logga in och försök igen.',
  TOKEN_EXPIRED: 'Din inloggning har gått ut. Logga in igen.',
  TOKEN_INVALID: 'Inloggningsuppgiften är ogiltig. Logga in igen.',
  IDENTITY_MISSING: 'Anropet saknar identitet från gatewayen.',
  IDENTITY_INVALID: 'Anropets identitet från gatewayen är ogiltig eller har gått ut.',
};

/** Authentication failed: answered with HTTP 401 and extensions.code = UNAUTHENTICATED. */
export class AuthenticationError extends Error {
  readonly code = 'UNAUTHENTICATED';
  constructor(readonly reason: AuthFailure) {
    super(AUTH_MESSAGES[reason]);
    this.name = 'AuthenticationError';
  }
}
