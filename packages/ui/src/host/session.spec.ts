import { jest } from '@jest/globals';
import { consumeTokenFromUrl, loginUrl, logoutUrl, parseTokenFragment, readSession, SESSION_STORAGE_KEY } from './session.js';

const NOW = 1_750_000_000;

describe('token from the sign-in redirect', () => {
  it('parses #access_token=…&expires_at=…', () => {
    expect(parseTokenFragment('#access_token=abc.def.ghi&expires_at=1750003600')).toEqual({ accessToken: 'abc.def.ghi', expiresAt: 1750003600 });
    expect(parseTokenFragment('#foo=bar')).toBeNull();
    expect(parseTokenFragment('')).toBeNull();
  });

  it('falls back to the JWT exp claim when expires_at is missing', () => {
    const payload = btoa(JSON.stringify({ sub: 'sara', exp: 1750009999 })).replace(/=+$/, '');
    expect(parseTokenFragment(`#access_token=h.${payload}.s`)).toEqual({ accessToken: `h.${payload}.s`, expiresAt: 1750009999 });
  });

  it('stores the token in sessionStorage and removes the fragment from the address bar', () => {
    const replaceState = jest.fn();
    const win = { location: { hash: '#access_token=tok&expires_at=1750003600', pathname: '/atersokningar', search: '?x=1' }, history: { replaceState } };
    const session = consumeTokenFromUrl(win, sessionStorage, NOW);
    expect(session).toEqual({ accessToken: 'tok', expiresAt: 1750003600 });
    expect(replaceState).toHaveBeenCalledWith(null, '', '/atersokningar?x=1');
    expect(JSON.parse(sessionStorage.getItem(SESSION_STORAGE_KEY)!)).toEqual({ accessToken: 'tok', expiresAt: 1750003600 });
  });

  it('forgets an expired token', () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'old', expiresAt: NOW - 1 }));
    expect(readSession(sessionStorage, NOW)).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('builds the login and logout URLs of the contract', () => {
    expect(loginUrl('http://127.0.0.1:4000/auth', 'portal', 'http://127.0.0.1:3000/atersokningar')).toBe(
      'http://127.0.0.1:4000/auth/login?app=portal&redirect_uri=http%3A%2F%2F127.0.0.1%3A3000%2Fatersokningar',
    );
    expect(logoutUrl('http://127.0.0.1:4000/auth/', 'http://127.0.0.1:3001/')).toBe('http://127.0.0.1:4000/auth/logout?redirect_uri=http%3A%2F%2F127.0.0.1%3A3001%2F');
  });
});
