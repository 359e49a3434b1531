import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMessage, encrypt, generateKey, readKey } from 'openpgp';
import { decryptFlatRateFile, pgpConfigFromEnv, type PgpConfig } from './pgp.js';

const TEXT = 'GENERALSCHABLON;2025-03\n9803152386;Åsa Testsson;2024-11-04;1;1234500\n';
const plain = Buffer.from(TEXT, 'utf8');

let city: { privateKey: string; publicKey: string };
let protectedCity: { privateKey: string; publicKey: string };
let other: { privateKey: string; publicKey: string };

async function encryptTo(publicKey: string, format: 'armored' | 'binary'): Promise<Buffer> {
  const message = await createMessage({ binary: new Uint8Array(plain) });
  const encryptionKeys = await readKey({ armoredKey: publicKey });
  return format === 'armored'
    ? Buffer.from(await encrypt({ message, encryptionKeys, format: 'armored' }), 'utf8')
    : Buffer.from(await encrypt({ message, encryptionKeys, format: 'binary' }));
}

type Refusal = Error & { extensions: Record<string, unknown> };
async function refusal(promise: Promise<unknown>): Promise<Refusal> {
  try {
    await promise;
  } catch (error) {
    return error as Refusal;
  }
  throw new Error('expected the file to be refused');
}

beforeAll(async () => {
  const userIDs = [{ name: 'Staden (test)', email: 'schablon@example.invalid' }];
  [city, protectedCity, other] = await Promise.all([
    generateKey({ type: 'ecc', userIDs, format: 'armored' }),
    generateKey({ type: 'ecc', userIDs, passphrase: 'hemligt lösen', format: 'armored' }),
    generateKey({ type: 'ecc', userIDs, format: 'armored' }),
  ]);
});

describe('decryptFlatRateFile', () => {
  it('returns a plain text file unchanged, also one starting with a Swedish letter', async () => {
    expect(await decryptFlatRateFile(plain, { privateKey: city.privateKey })).toEqual({ content: plain, encrypted: false });
    const swedish = Buffer.from('Östermalm;1;2\n', 'utf8');
    expect(await decryptFlatRateFile(swedish, null)).toEqual({ content: swedish, encrypted: false });
    const latin1 = Buffer.from('Åsa;1;2\n', 'latin1');
    expect(await decryptFlatRateFile(latin1, null)).toEqual({ content: latin1, encrypted: false });
  });

  it('decrypts an armored and a binary message with the city key', async () => {
    const config: PgpConfig = { privateKey: city.privateKey };
    for (const format of ['armored', 'binary'] as const) {
      const result = await decryptFlatRateFile(await encryptTo(city.publicKey, format), config);
      expect(result.encrypted).toBe(true);
      expect(result.content.toString('utf8')).toBe(TEXT);
    }
  });

  it('decrypts with a passphrase-protected key, and refuses when the passphrase is wrong', async () => {
    const file = await encryptTo(protectedCity.publicKey, 'binary');
    const ok = await decryptFlatRateFile(file, { privateKey: protectedCity.privateKey, passphrase: 'hemligt lösen' });
    expect(ok.content.toString('utf8')).toBe(TEXT);
    await expect(decryptFlatRateFile(file, { privateKey: protectedCity.privateKey, passphrase: 'fel' })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'contentBase64', reason: 'DECRYPT_FAILED' },
    });
  });

  it('refuses a file encrypted to another key with a Swedish message, not the library text', async () => {
    const file = await encryptTo(other.publicKey, 'armored');
    const error = await refusal(decryptFlatRateFile(file, { privateKey: city.privateKey }));
    expect(error.extensions).toMatchObject({ field: 'contentBase64', reason: 'DECRYPT_FAILED' });
    expect(error.message).toMatch(/kunde inte dekrypteras med stadens nyckel/);
  });

  it('refuses a corrupt armored message as DECRYPT_FAILED', async () => {
    const corrupt = Buffer.from('-----BEGIN PGP MESSAGE-----\n\nbm9uc2Vucw==\n-----END PGP MESSAGE-----\n', 'utf8');
    await expect(decryptFlatRateFile(corrupt, { privateKey: city.privateKey })).rejects.toMatchObject({ extensions: { reason: 'DECRYPT_FAILED' } });
  });

  it('refuses an encrypted file when no key is configured', async () => {
    for (const format of ['armored', 'binary'] as const) {
      const error = await refusal(decryptFlatRateFile(await encryptTo(city.publicKey, format), null));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentBase64', reason: 'ENCRYPTED_NOT_CONFIGURED' });
      expect(error.message).toMatch(/ingen nyckel/);
    }
  });
});

describe('pgpConfigFromEnv', () => {
  it('is null without a key, reads an inline key and a key file with the passphrase', () => {
    expect(pgpConfigFromEnv({})).toBeNull();
    expect(pgpConfigFromEnv({ FLAT_RATE_PGP_PRIVATE_KEY: city.privateKey })).toEqual({ privateKey: city.privateKey.trim() });
    expect(pgpConfigFromEnv({ FLAT_RATE_PGP_PRIVATE_KEY: city.privateKey.replace(/\n/g, '\\n') })).toEqual({ privateKey: city.privateKey.trim() });
    const dir = mkdtempSync(join(tmpdir(), 'pgp-'));
    try {
      const path = join(dir, 'city.asc');
      writeFileSync(path, protectedCity.privateKey);
      expect(pgpConfigFromEnv({ FLAT_RATE_PGP_PRIVATE_KEY_FILE: path, FLAT_RATE_PGP_PASSPHRASE: 'hemligt lösen' })).toEqual({
        privateKey: protectedCity.privateKey,
        passphrase: 'hemligt lösen',
      });
      expect(() => pgpConfigFromEnv({ FLAT_RATE_PGP_PRIVATE_KEY_FILE: join(dir, 'saknas.asc') })).toThrow(/kunde inte läsas/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
