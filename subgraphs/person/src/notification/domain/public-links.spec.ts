import { linkFor } from './public-links.js';

const links = { portal: 'https://portal.example.org', sdf: 'https://sdf.example.org' };

describe('links in e-mails', () => {
  it('sends district staff to the SDF app’s list and AmF staff to the portal’s page', () => {
    expect(linkFor(['DISTRICT_CONTACT'], '/barnanmalningar/r1', links)).toBe('https://sdf.example.org/barnanmalningar');
    expect(linkFor(['DISTRICT_OFFICER'], '/atersokningar/c1', links)).toBe('https://sdf.example.org/atersokningar/c1');
    expect(linkFor(['COORDINATOR'], '/barnanmalningar/r1', links)).toBe('https://portal.example.org/barnanmalningar/r1');
  });

  it('keeps the path when the address is not configured', () => {
    expect(linkFor(['DISTRICT_CONTACT'], '/barnanmalningar/r1', { portal: null, sdf: null })).toBe('/barnanmalningar');
    expect(linkFor(['ADMINISTRATOR'], '/personer/p1', { portal: null, sdf: null })).toBe('/personer/p1');
  });
});
