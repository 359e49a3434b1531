import { decodeFileContent } from './import-eps-extract.js';

const refusal = (content: string) => {
  try {
    decodeFileContent(content);
  } catch (err) {
    return err as { message: string; extensions: Record<string, unknown> };
  }
  throw new Error('not refused');
};

describe('decodeFileContent', () => {
  it('decodes base64, also with line breaks, URL-safe letters or a data: prefix', () => {
    const text = 'personnummer;förnamn\n';
    const b64 = Buffer.from(text).toString('base64');
    expect(decodeFileContent(b64).toString('utf8')).toBe(text);
    expect(decodeFileContent(b64.replace(/(.{8})/g, '$1\r\n')).toString('utf8')).toBe(text);
    expect(decodeFileContent(`data:text/csv;base64,${b64}`).toString('utf8')).toBe(text);
    expect(decodeFileContent(Buffer.from([0xfb, 0xff, 0xfe]).toString('base64url')).equals(Buffer.from([0xfb, 0xff, 0xfe]))).toBe(true);
  });

  it('refuses what is not base64', () => {
    expect(refusal('inte base64!')).toMatchObject({ message: 'Filens innehåll är inte giltig base64.', extensions: { code: 'BAD_USER_INPUT', field: 'contentBase64', reason: 'ENCODING' } });
    expect(refusal('QUJD=RA==').extensions.reason).toBe('ENCODING');
  });

  it('refuses more than 10 MB before decoding it', () => {
    const MB10 = 10 * 1024 * 1024;
    const under = 'A'.repeat(Math.floor(MB10 / 3) * 4); // decodes to 10 485 759 bytes
    expect(decodeFileContent(under)).toHaveLength(Math.floor(MB10 / 3) * 3);
    const over = 'A'.repeat((Math.floor(MB10 / 3) + 1) * 4); // 10 485 762 bytes
    expect(refusal(over)).toMatchObject({ message: 'Filen är större än 10 MB. Dela upp uttaget i flera filer.', extensions: { reason: 'TOO_LARGE' } });
  });
});
