import { decryptFlatRateFile, pgpConfigFromEnv } from '../infra/pgp.js';

/**
 * The file as it should be imported: a plain file as it came; an OpenPGP-encrypted one (armored or
 * binary) decrypted with the city's key from configuration (FLAT_RATE_PGP_PRIVATE_KEY[_FILE],
 * FLAT_RATE_PGP_PASSPHRASE; ADR 0018). Without a key, or when the key cannot open it, it is refused
 * with a Swedish message and nothing is stored.
 */
export async function decodeIncoming(content: Buffer): Promise<{ content: Buffer; encrypted: boolean }> {
  return decryptFlatRateFile(content, pgpConfigFromEnv());
}
