import { CURRENT_DISTRICTS, PERSONS } from '@statsbidrag/demo-data';
import { useBrowser } from './browser.js';
import { e2eEnvironment } from './environment.js';
import { HostPage } from './pages/host-page.js';
import { PersonRegisterPage } from './pages/person-register-page.js';
import { PersonsPage } from './pages/persons-page.js';

const env = e2eEnvironment();
const browser = useBrowser();

/** Luhn (mod 10, weights 2-1) over the nine first digits of the 10-digit form, as Skatteverket. */
function luhnCheckDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < nine.length; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const pick = <T>(values: readonly T[]): T => values[Math.floor(Math.random() * values.length)]!;

/**
 * A fictional samordningsnummer nobody else in the run uses: like the demo data (day + 60, serial
 * 980–999), but born on the 29th or 30th, which no demo person is (their days are 1–28), in a
 * random year, month and serial, so that other tests registering persons do not collide with it.
 */
function freshCoordinationNumber(): { tenDigits: string; twelveDigits: string; birthDate: string } {
  const year = 1961 + Math.floor(Math.random() * 40);
  const month = pick([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  const day = pick([29, 30]);
  const serial = 980 + Math.floor(Math.random() * 20);
  const nine = `${pad(year % 100)}${pad(month)}${pad(day + 60)}${serial}`;
  const last4 = `${serial}${luhnCheckDigit(nine)}`;
  const birthDate = `${year}-${pad(month)}-${pad(day)}`;
  if (PERSONS.some((p) => p.birthDate === birthDate)) throw new Error(`${birthDate} används av demodata`);
  return { tenDigits: `${nine.slice(0, 6)}-${last4}`, twelveDigits: `${year}${pad(month)}${pad(day + 60)}${last4}`, birthDate };
}

/** Letters only (names have no digits): a last name of its own for this run. */
function runSuffix(): string {
  return Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
}

describe('Registrera person → personsök → Ändra personuppgifter (portal)', () => {
  it('a coordinator registers a person by samordningsnummer, finds the person by search and changes the last name', async () => {
    const number = freshCoordinationNumber();
    const firstName = 'Nadia';
    const lastName = `Provregistrerad${runSuffix()}`;
    const fullName = `${firstName} ${lastName}`;
    const district = CURRENT_DISTRICTS[0]!;

    const portal = new HostPage(await browser.context().newPage(), env.portalUrl);
    await portal.open();
    await portal.signInAs('samordnare');
    await portal.waitUntilSignedIn();
    const persons = new PersonsPage(portal.page);
    const register = new PersonRegisterPage(portal.page);

    // Register: the 10-digit number with a dash; the birth date comes from it.
    await persons.open();
    await register.openFromSearch();
    expect(new URL(portal.page.url()).pathname).toBe('/personer/ny');
    await register.fill({ firstName, lastName, personalIdentityNumber: number.tenDigits, district: district.name });
    await register.submit();
    await register.waitForCard(fullName);
    expect(await register.cardMessage()).toBe(`${fullName} är registrerad.`);
    // A server error behind part of the card (e.g. the audit log of identifier reads) would hide the number: name it.
    expect(await register.partialError()).toBeNull();
    expect((await persons.text('person-identity')).replace(/\D/g, '')).toBe(number.twelveDigits);
    expect(await persons.text('person-district')).toBe(district.name);
    await portal.page.screenshot({ path: 'artifacts/person-registered.png' }).catch(() => undefined);

    // Find by search (the last name is this run's own).
    await persons.open();
    await persons.search(lastName);
    expect(await persons.names()).toEqual([fullName]);
    await persons.openCard(fullName);

    // Aktualisera: a new last name; the card and its history show it.
    const newLastName = `${lastName}Ali`;
    await register.changePersonData({ lastName: newLastName });
    expect(await register.cardMessage()).toBe('Personuppgifterna är sparade.');
    await register.waitForCard(`${firstName} ${newLastName}`);
    await portal.page.getByTestId('handling-history-action').filter({ hasText: 'Personuppgifter aktualiserade' }).first().waitFor();
    expect(await register.historyActions()).toContain('Personuppgifter aktualiserade');

    // Skyddad identitet asks first; Escape closes only the question, the form stays open.
    expect(await register.markProtectedIdentity()).toEqual({ afterEscape: false, afterConfirm: true });
    await portal.page.getByTestId('protected-identity').waitFor();

    // The same number again: the existing person is shown instead of a second one.
    await persons.open();
    await register.openFromSearch();
    await register.fill({ firstName: 'Nadja', lastName: 'Annan', personalIdentityNumber: number.twelveDigits });
    await register.submit();
    const existing = await register.existingPerson();
    expect(existing.title).toBe(`Personen finns redan: ${firstName} ${newLastName}`);
    expect(existing.link).toMatch(/^\/personer\/[0-9a-f-]{36}$/);
    await portal.page.screenshot({ path: 'artifacts/person-exists.png' }).catch(() => undefined);
  });
});
