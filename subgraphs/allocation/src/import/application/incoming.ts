import { ValidationError } from '@statsbidrag/graphql-kit';

const ARMOR = '-----BEGIN PGP MESSAGE-----';

/**
 * Whether the bytes are an OpenPGP message: ASCII armor, or a binary packet whose first octet is a
 * packet tag (bit 7 set) of a public-key/symmetric-key encrypted session key, a symmetrically
 * encrypted or a compressed/literal data packet.
 */
export function isOpenPgp(content: Buffer): boolean {
  const start = content.subarray(0, 64).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  if (start.startsWith(ARMOR)) return true;
  const first = content[0];
  if (first === undefined || (first & 0x80) === 0) return false;
  const tag = first & 0x40 ? first & 0x3f : (first >> 2) & 0x0f;
  return [1, 3, 8, 9, 18, 20].includes(tag);
}

/**
 * The file as it should be imported. An OpenPGP-encrypted file is decrypted with the city's key
 * once that is configured (helper A2's `decryptFlatRateFile`, wired in by the integrator); until then
 * it is refused with a Swedish message and nothing is stored.
 */
export async function decodeIncoming(content: Buffer): Promise<{ content: Buffer; encrypted: boolean }> {
  if (!isOpenPgp(content)) return { content, encrypted: false };
  throw new ValidationError(
    'contentBase64',
    'Filen är krypterad men ingen nyckel för dekryptering är inställd. Be systemförvaltningen lägga in stadens nyckel, eller importera en okrypterad fil.',
    'ENCRYPTED_NOT_CONFIGURED',
  );
}
