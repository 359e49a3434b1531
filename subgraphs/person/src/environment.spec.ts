import { readPortalPublicUrl, readPublicLinks, readSmtpUrl } from './environment.js';

describe('person environment', () => {
  it('reads the portal address for e-mail links, without a trailing slash', () => {
    expect(readPortalPublicUrl({ PORTAL_PUBLIC_URL: 'https://statsbidrag.stockholm.se/' })).toBe('https://statsbidrag.stockholm.se');
    expect(readPortalPublicUrl({ PORTAL_PUBLIC_URL: 'http://127.0.0.1:3000' })).toBe('http://127.0.0.1:3000');
    expect(readPortalPublicUrl({})).toBeNull();
  });

  it('stops with a clear message on an address that is not one', () => {
    expect(() => readPortalPublicUrl({ PORTAL_PUBLIC_URL: 'statsbidrag' })).toThrow('PORTAL_PUBLIC_URL är ingen giltig adress: statsbidrag');
    expect(() => readPortalPublicUrl({ PORTAL_PUBLIC_URL: 'ftp://x.se' })).toThrow(/ska börja med http/);
  });

  it('reads both apps’ addresses', () => {
    expect(readPublicLinks({ PORTAL_PUBLIC_URL: 'https://p.se/', SDF_PUBLIC_URL: 'https://s.se' })).toEqual({ portal: 'https://p.se', sdf: 'https://s.se' });
    expect(() => readPublicLinks({ SDF_PUBLIC_URL: 'sdf' })).toThrow('SDF_PUBLIC_URL är ingen giltig adress: sdf');
  });

  it('reads SMTP_URL, empty meaning no e-mail', () => {
    expect(readSmtpUrl({ SMTP_URL: ' smtp://127.0.0.1:1025 ' })).toBe('smtp://127.0.0.1:1025');
    expect(readSmtpUrl({ SMTP_URL: '' })).toBeNull();
  });
});
