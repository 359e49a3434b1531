/** DOS date of 1980-01-01 00:00 (the earliest a zip can hold). */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * Sets every entry's modification time in a zip (an xlsx) to 1980-01-01 00:00, so the same content
 * gives the same bytes (the import engine recognises a file by its bytes). Walks the central directory
 * from the end record; a zip it cannot walk is answered unchanged.
 */
export function withFixedZipDates(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  const end = out.length - 22;
  if (end < 0 || out.readUInt32LE(end) !== 0x06054b50) return zip;
  const count = out.readUInt16LE(end + 10);
  let at = out.readUInt32LE(end + 16);
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > out.length || out.readUInt32LE(at) !== 0x02014b50) return zip;
    const local = out.readUInt32LE(at + 42);
    if (local + 30 > out.length || out.readUInt32LE(local) !== 0x04034b50) return zip;
    out.writeUInt16LE(0, at + 12);
    out.writeUInt16LE(DOS_DATE, at + 14);
    out.writeUInt16LE(0, local + 10);
    out.writeUInt16LE(DOS_DATE, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}
