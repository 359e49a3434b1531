import type { Identity } from '@statsbidrag/domain';
import { docxLikeFile, JPEG_BYTES, ole2File, pdfOfPages, PNG_BYTES, xlsxFile } from '../test-files/files.js';
import {
  ATTACHMENT_KIND_LABELS,
  checkFileName,
  checkPagesToRemove,
  checkUpload,
  detectMediaType,
  excerptName,
  MAX_ATTACHMENT_BYTES,
  mayChangeAttachments,
  MediaType,
  missingKinds,
} from './attachment.js';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('attachment kinds', () => {
  it('have Swedish labels', () => {
    expect(ATTACHMENT_KIND_LABELS).toEqual({
      EKONOMISKT_UNDERLAG: 'Ekonomiskt underlag', INSATSBESLUT: 'Insatsbeslut', MEDICINSKT_UNDERLAG: 'Medicinskt underlag', KOMPLETTERING: 'Komplettering', OVRIGT: 'Övrigt',
    });
  });
});

describe('detectMediaType', () => {
  it('recognises real files by their content', async () => {
    expect(detectMediaType(await pdfOfPages(1))).toBe(MediaType.PDF);
    expect(detectMediaType(PNG_BYTES)).toBe(MediaType.PNG);
    expect(detectMediaType(JPEG_BYTES)).toBe(MediaType.JPEG);
    expect(detectMediaType(await xlsxFile())).toBe(MediaType.XLSX);
    expect(detectMediaType(docxLikeFile())).toBe(MediaType.DOCX);
    expect(detectMediaType(ole2File('WordDocument'))).toBe(MediaType.DOC);
    expect(detectMediaType(ole2File('Workbook'))).toBe(MediaType.XLS);
  });

  it('refuses everything else: text, other zips, other OLE2 files, an empty file', () => {
    expect(detectMediaType(Buffer.from('Hej, detta är text'))).toBeNull();
    expect(detectMediaType(Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.from('foo/bar.txt')]))).toBeNull();
    expect(detectMediaType(ole2File('PowerPoint Document'))).toBeNull();
    expect(detectMediaType(Buffer.alloc(0))).toBeNull();
    expect(detectMediaType(Buffer.from('GIF89a'))).toBeNull();
  });
});

describe('checkUpload', () => {
  it('accepts an allowed file and keeps its name', async () => {
    const result = checkUpload('  kvitto.PDF ', b64(await pdfOfPages(2)));
    expect(result).toMatchObject({ ok: true, file: { fileName: 'kvitto.PDF', mediaType: MediaType.PDF } });
  });

  it('gives a name without extension the extension of its content', () => {
    expect(checkUpload('skanning', b64(PNG_BYTES))).toMatchObject({ ok: true, file: { fileName: 'skanning.png' } });
  });

  it('accepts .jpeg and .jpg for JPEG', () => {
    expect(checkUpload('a.jpeg', b64(JPEG_BYTES)).ok).toBe(true);
    expect(checkUpload('a.jpg', b64(JPEG_BYTES)).ok).toBe(true);
  });

  it('refuses a type that is not allowed, naming the file and the allowed types', () => {
    expect(checkUpload('anteckning.txt', b64(Buffer.from('hej')))).toEqual({
      ok: false,
      problems: [{ field: 'contentBase64', reason: 'UNSUPPORTED_TYPE', message: 'Filen anteckning.txt är inte en tillåten filtyp. Tillåtna är PDF, JPEG, PNG, Word och Excel.' }],
    });
  });

  it('refuses a name whose extension contradicts the content', async () => {
    expect(checkUpload('kvitto.pdf', b64(PNG_BYTES))).toEqual({
      ok: false, problems: [{ field: 'fileName', reason: 'TYPE_MISMATCH', message: 'Filen kvitto.pdf är inte en PDF – innehållet är PNG.' }],
    });
    expect(checkUpload('beslut.docx', b64(await pdfOfPages(1)))).toMatchObject({ ok: false, problems: [{ reason: 'TYPE_MISMATCH', message: 'Filen beslut.docx är inte en Word – innehållet är PDF.' }] });
    expect(checkUpload('beslut.txt', b64(await pdfOfPages(1)))).toMatchObject({ ok: false, problems: [{ reason: 'TYPE_MISMATCH', message: 'Filen beslut.txt har filändelsen .txt, men innehållet är PDF. Använd filändelsen .pdf.' }] });
  });

  it('refuses an empty file, invalid base64 and a file over 10 MB (with its size)', () => {
    expect(checkUpload('tom.pdf', '')).toMatchObject({ ok: false, problems: [{ reason: 'EMPTY', message: 'Filen tom.pdf är tom.' }] });
    expect(checkUpload('a.pdf', 'inte base64!')).toMatchObject({ ok: false, problems: [{ reason: 'ENCODING', message: 'Innehållet i filen a.pdf är inte giltig base64.' }] });
    const big = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1024 * 1024);
    big.write('%PDF-1.7');
    expect(checkUpload('stor.pdf', b64(big))).toMatchObject({ ok: false, problems: [{ field: 'contentBase64', reason: 'TOO_LARGE', message: 'Filen stor.pdf är 11,0 MB. Största tillåtna storlek är 10 MB.' }] });
    const exact = Buffer.alloc(MAX_ATTACHMENT_BYTES);
    exact.write('%PDF-1.7');
    expect(checkUpload('precis.pdf', b64(exact)).ok).toBe(true);
  });

  it('refuses names that are empty, too long or contain a path', () => {
    expect(checkFileName('  ')).toMatchObject({ ok: false, problem: { reason: 'REQUIRED', message: 'Ange filens namn.' } });
    expect(checkFileName(`${'a'.repeat(197)}.pdf`)).toMatchObject({ ok: false, problem: { reason: 'TOO_LONG', message: 'Filnamnet får vara högst 200 tecken.' } });
    expect(checkFileName(`${'a'.repeat(196)}.pdf`).ok).toBe(true);
    expect(checkFileName('../etc/passwd.pdf')).toMatchObject({ ok: false, problem: { reason: 'INVALID_NAME' } });
    expect(checkFileName('C:\\kvitto.pdf')).toMatchObject({ ok: false, problem: { reason: 'INVALID_NAME' } });
  });
});

describe('checkPagesToRemove', () => {
  it('sorts and de-duplicates valid 1-based pages', () => {
    expect(checkPagesToRemove([4, 2, 4], 5)).toEqual({ ok: true, pages: [2, 4] });
  });
  it('refuses no pages, pages out of range and all pages', () => {
    expect(checkPagesToRemove([], 3)).toMatchObject({ ok: false, reason: 'REQUIRED', message: 'Ange vilka sidor som ska tas bort.' });
    expect(checkPagesToRemove([0, 4], 3)).toMatchObject({ ok: false, reason: 'OUT_OF_RANGE', message: 'Sidan 0, 4 finns inte. Dokumentet har 3 sidor.' });
    expect(checkPagesToRemove([1, 2, 3], 3)).toMatchObject({ ok: false, reason: 'ALL_PAGES', message: 'Alla sidor kan inte tas bort. Ta bort hela bilagan i stället.' });
  });
  it('names the excerpt after the original', () => {
    expect(excerptName('kvitto.pdf')).toBe('kvitto (utdrag).pdf');
    expect(excerptName('kvitto (utdrag).pdf')).toBe('kvitto (utdrag).pdf');
  });
});

describe('who may change attachments', () => {
  const coordinator = { sub: 'samordnare', name: 'S', roles: ['COORDINATOR'], districtCodes: [] } as Identity;
  const jarva = { sub: 'jarva.handlaggare', name: 'J', roles: ['DISTRICT_OFFICER'], districtCodes: ['JARVA'] } as Identity;
  const farsta = { sub: 'farsta.handlaggare', name: 'F', roles: ['DISTRICT_OFFICER'], districtCodes: ['FARSTA'] } as Identity;
  const analyst = { sub: 'analytiker', name: 'A', roles: ['ANALYST'], districtCodes: [] } as Identity;
  const claim = (status: string) => ({ status, districtCode: 'JARVA' }) as Parameters<typeof mayChangeAttachments>[1];

  it('lets the district add while the claim is with it, and remove only its own uploads', () => {
    expect(mayChangeAttachments(jarva, claim('INITIERAD_AV_SDF'), 'ADD')).toBe(true);
    expect(mayChangeAttachments(jarva, claim('KOMPLETTERING_FRAN_SDF_BEGARD'), 'ADD')).toBe(true);
    expect(mayChangeAttachments(jarva, claim('ATERSOK_ACCEPTERAD_AMF'), 'ADD')).toBe(false);
    expect(mayChangeAttachments(jarva, claim('INITIERAD_AV_SDF'), 'REMOVE', 'jarva.handlaggare')).toBe(true);
    expect(mayChangeAttachments(jarva, claim('INITIERAD_AV_SDF'), 'REMOVE', 'samordnare')).toBe(false);
    expect(mayChangeAttachments(jarva, claim('INITIERAD_AV_SDF'), 'RENAME')).toBe(false);
    expect(mayChangeAttachments(farsta, claim('INITIERAD_AV_SDF'), 'ADD')).toBe(false);
    expect(mayChangeAttachments(analyst, claim('INITIERAD_AV_SDF'), 'ADD')).toBe(false);
  });

  it('lets AmF change attachments until the application is sent to MiG', () => {
    for (const status of ['INITIERAD_AV_SDF', 'ATERSOK_ACCEPTERAD_AMF', 'ATERSOK_FORBEREDS_AMF', 'KOMPLETTERING_FRAN_SDF_INKOMMEN']) {
      expect(mayChangeAttachments(coordinator, claim(status), 'REMOVE_PAGES')).toBe(true);
    }
    for (const status of ['ATERSOKNING_INSKICKAD_MIG', 'BESLUTAD', 'UTBETALD', 'ATERSOK_AVVISA_AMF', 'ATERSOKNING_AVVISAD_SDF']) {
      expect(mayChangeAttachments(coordinator, claim(status), 'ADD')).toBe(false);
    }
  });

  it('lists the required kinds that are missing', () => {
    expect(missingKinds(['EKONOMISKT_UNDERLAG', 'INSATSBESLUT'], ['EKONOMISKT_UNDERLAG', 'OVRIGT'])).toEqual(['INSATSBESLUT']);
    expect(missingKinds([], [])).toEqual([]);
  });
});
