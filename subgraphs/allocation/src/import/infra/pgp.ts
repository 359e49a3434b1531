import { readFileSync } from 'node:fs';
import { ValidationError } from '@statsbidrag/graphql-kit';
import { decrypt, decryptKey, readMessage, readPrivateKey, type Message, type PrivateKey } from 'openpgp';

/**
 * The city's OpenPGP key for MiG's encrypted flat-rate files (ADR 0018). The key is armored text
 * or binary (from a file); the passphrase is only needed when the key is protected.
 */
export interface PgpConfig {
  privateKey: string | Uint8Array;
  passphrase?: string;
}

const ARMOR_HEADER = '-----BEGIN PGP MESSAGE-----';

/**
 * FLAT_RATE_PGP_PRIVATE_KEY (armored key) or FLAT_RATE_PGP_PRIVATE_KEY_FILE (path to an armored or
 * binary key), with FLAT_RATE_PGP_PASSPHRASE when the key is protected. Null when no key is set:
 * encrypted files are then refused. An inline key may have its line breaks written as `\n` (one-line
 * environment files).
 */
// The default reads the process environment like src/environment.ts does; tests pass their own.
// eslint-disable-next-line no-restricted-properties
export function pgpConfigFromEnv(env: NodeJS.ProcessEnv = process.env): PgpConfig | null {
  const passphrase = env.FLAT_RATE_PGP_PASSPHRASE || undefined;
  const inline = env.FLAT_RATE_PGP_PRIVATE_KEY?.replace(/\\n/g, '\n').trim();
  if (inline) return { privateKey: inline, ...(passphrase ? { passphrase } : {}) };
  const file = env.FLAT_RATE_PGP_PRIVATE_KEY_FILE?.trim();
  if (!file) return null;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new Error(`FLAT_RATE_PGP_PRIVATE_KEY_FILE: nyckelfilen ${file} kunde inte läsas.`);
  }
  const text = bytes.toString('utf8');
  const privateKey = text.includes('-----BEGIN PGP PRIVATE KEY BLOCK-----') ? text : new Uint8Array(bytes);
  return { privateKey, ...(passphrase ? { passphrase } : {}) };
}

/** Packet tags an encrypted message starts with: public-key (1) or symmetric (3) session key. */
const SESSION_KEY_TAGS = new Set([1, 3]);
/** Versions of those packets (v3/v6 PKESK, v4/v5/v6 SKESK). */
const SESSION_KEY_VERSIONS = new Set([3, 4, 5, 6]);

/**
 * Does the content start like a binary OpenPGP message? The first packet's header must name a
 * session-key packet and be followed by a valid version byte – a text file (even one starting
 * with "Ö" in UTF-8, 0xC3) never has a control character 3–6 there.
 */
function looksLikeBinaryMessage(content: Buffer): boolean {
  const first = content[0];
  if (first === undefined || (first & 0x80) === 0) return false;
  if (first & 0x40) {
    // New format: tag in the low six bits, then a one-, two- or five-octet length.
    if (!SESSION_KEY_TAGS.has(first & 0x3f)) return false;
    const len = content[1];
    if (len === undefined) return false;
    const versionAt = len < 192 ? 2 : len < 224 ? 3 : len === 255 ? 6 : -1;
    return versionAt > 0 && SESSION_KEY_VERSIONS.has(content[versionAt] ?? -1);
  }
  // Old format: tag in bits 5–2, length type in bits 1–0 (1, 2 or 4 octets).
  if (!SESSION_KEY_TAGS.has((first >> 2) & 0x0f)) return false;
  const lengthType = first & 0x03;
  if (lengthType === 3) return false;
  return SESSION_KEY_VERSIONS.has(content[1 + (1 << lengthType)] ?? -1);
}

function looksArmored(content: Buffer): boolean {
  return content.subarray(0, 200).toString('latin1').replace(/^\uFEFF/, '').trimStart().startsWith(ARMOR_HEADER);
}

const DECRYPT_FAILED_MESSAGE =
  'Filen är krypterad men kunde inte dekrypteras med stadens nyckel. Kontrollera att MiG krypterat den till stadens aktuella nyckel och att filen inte är skadad.';

async function cityKey(config: PgpConfig): Promise<PrivateKey> {
  const key = typeof config.privateKey === 'string'
    ? await readPrivateKey({ armoredKey: config.privateKey })
    : await readPrivateKey({ binaryKey: config.privateKey });
  return key.isDecrypted() ? key : decryptKey({ privateKey: key, passphrase: config.passphrase ?? '' });
}

/**
 * A file from MiG as it should be read: a plain file unchanged (`encrypted` false), an armored or
 * binary OpenPGP message decrypted with the city's key (`encrypted` true). An encrypted file
 * without a configured key, or one that the key cannot open, is refused with a Swedish message
 * (never the library's) and reason ENCRYPTED_NOT_CONFIGURED or DECRYPT_FAILED.
 */
export async function decryptFlatRateFile(content: Buffer, config: PgpConfig | null): Promise<{ content: Buffer; encrypted: boolean }> {
  const armored = looksArmored(content);
  if (!armored && !looksLikeBinaryMessage(content)) return { content, encrypted: false };
  if (!config) {
    throw new ValidationError(
      'contentBase64',
      'Filen är krypterad (OpenPGP), men ingen nyckel för dekryptering är konfigurerad. Be systemförvaltningen lägga in stadens privata nyckel.',
      'ENCRYPTED_NOT_CONFIGURED',
    );
  }
  try {
    const message: Message<string | Uint8Array> = armored
      ? await readMessage({ armoredMessage: content.toString('utf8') })
      : await readMessage({ binaryMessage: new Uint8Array(content) });
    const { data } = await decrypt({ message, decryptionKeys: await cityKey(config), format: 'binary' });
    return { content: Buffer.from(data as Uint8Array), encrypted: true };
  } catch {
    throw new ValidationError('contentBase64', DECRYPT_FAILED_MESSAGE, 'DECRYPT_FAILED');
  }
}
