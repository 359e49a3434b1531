import { jest } from '@jest/globals';
import { mockClient, type Handlers } from '@statsbidrag/ui/testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { CombinedError, Provider } from 'urql';
import { clientFileProblem, parsePageList } from './attachment-rules.js';
import { AttachmentPicker } from './components/attachment-picker.js';
import { ClaimAttachmentsSection } from './components/claim-attachments-section.js';
import type { ClaimAttachmentNode, ClaimAttachmentsData } from './graphql/attachments.graphql.js';
import { uploadAttachments, type AttachmentPick } from './upload-attachments.js';

function attachment(overrides: Partial<ClaimAttachmentNode> = {}): ClaimAttachmentNode {
  return {
    id: 'a-1',
    kind: 'EKONOMISKT_UNDERLAG',
    kindLabel: 'Ekonomiskt underlag',
    fileName: 'kvitto.pdf',
    mediaType: 'application/pdf',
    mediaTypeLabel: 'PDF',
    sizeBytes: 1536,
    uploadedAt: '2026-11-20T09:00:00Z',
    uploadedBy: 'jarva.handlaggare',
    superseded: false,
    removedPages: null,
    pageCount: 5,
    derivedFrom: null,
    canDownload: true,
    canRename: true,
    canRemove: true,
    canRemovePages: true,
    ...overrides,
  };
}

function claimData(attachments: ClaimAttachmentNode[], overrides: Partial<NonNullable<ClaimAttachmentsData['claim']>> = {}): ClaimAttachmentsData {
  return { claim: { id: 'claim-1', status: 'INITIERAD_AV_SDF', canAddAttachments: true, missingAttachmentKinds: [], attachments, ...overrides } };
}

const changed = (field: string, fileName = 'x.pdf') => () => ({ data: { [field]: { id: 'a-9', fileName, claim: { id: 'claim-1', status: 'UNDERLAG_FRAN_SDF_INKOMMEN', statusLabel: 'Underlag från SDF inkommet' } } } });

function setup(answer: () => ClaimAttachmentsData, handlers: Handlers = {}) {
  const mock = mockClient({ ClaimAttachments: () => ({ data: answer() }), ...handlers });
  const onChanged = jest.fn();
  render(
    <Provider value={mock.client}>
      <ClaimAttachmentsSection claimId="claim-1" onChanged={onChanged} />
    </Provider>,
  );
  return { ...mock, onChanged };
}

async function choose(label: string, option: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: new RegExp(label) }));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole('option', { name: option }));
  });
}

function pdfFile(name = 'beslut.pdf', size?: number): File {
  const file = new File(['%PDF-1.7 test'], name, { type: 'application/pdf' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  return file;
}

async function pickFile(file: File) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText('Fil'), { target: { files: [file] } });
  });
}

async function press(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
  });
}

describe('ClaimAttachmentsSection', () => {
  it('lists the attachments with kind, name, type with pages, size and who uploaded, and what is missing', () => {
    setup(() => claimData([attachment()], { missingAttachmentKinds: ['INSATSBESLUT'] }));
    const row = screen.getAllByTestId('attachment-row')[0]!;
    expect(within(row).getByTestId('attachment-kind').textContent).toBe('Ekonomiskt underlag');
    expect(within(row).getByTestId('attachment-file').textContent).toContain('kvitto.pdf');
    expect(within(row).getByTestId('attachment-type').textContent).toBe('PDF, 5 sidor');
    expect(within(row).getByTestId('attachment-size').textContent).toBe('1,5 kB');
    expect(within(row).getByTestId('attachment-uploaded').textContent).toContain('jarva.handlaggare');
    expect(screen.getByTestId('attachments-missing').textContent).toBe('Saknas: Insatsbeslut');
  });

  it('uploads a file and shows the new row', async () => {
    let rows: ClaimAttachmentNode[] = [];
    const { calls, onChanged } = setup(() => claimData(rows), {
      AddClaimAttachment: () => {
        rows = [attachment({ id: 'a-2', kind: 'INSATSBESLUT', kindLabel: 'Insatsbeslut', fileName: 'beslut.pdf' })];
        return changed('addClaimAttachment', 'beslut.pdf')();
      },
    });
    expect(screen.getByText('Inga bilagor.')).toBeTruthy();
    await choose('Vad är filen', 'Insatsbeslut');
    await pickFile(pdfFile());
    await press(screen.getByTestId('attachment-upload-button'));
    await waitFor(() => expect(screen.getByTestId('attachments-done').textContent).toBe('Filen beslut.pdf är uppladdad.'));
    const [input] = calls('AddClaimAttachment') as [{ input: Record<string, string> }];
    expect(input.input).toMatchObject({ claimId: 'claim-1', kind: 'INSATSBESLUT', fileName: 'beslut.pdf' });
    expect(Buffer.from(input.input.contentBase64!, 'base64').toString()).toBe('%PDF-1.7 test');
    expect(screen.getAllByTestId('attachment-row').map((r) => within(r).getByTestId('attachment-file').textContent)).toEqual(['beslut.pdf ']);
    expect(onChanged).toHaveBeenCalled();
  });

  it('shows the size and type problems before sending, and nothing is sent', async () => {
    const { calls } = setup(() => claimData([]));
    await choose('Vad är filen', 'Övrigt');
    await pickFile(pdfFile('stor.pdf', 12 * 1024 * 1024));
    expect(screen.getByRole('alert').textContent).toBe('Filen stor.pdf är 12,0 MB. Största tillåtna storlek är 10 MB.');
    await press(screen.getByTestId('attachment-upload-button'));
    await pickFile(new File(['x'], 'bild.gif'));
    expect(screen.getByRole('alert').textContent).toBe('Filen bild.gif är inte en tillåten filtyp. Tillåtna är PDF, JPEG, PNG, Word och Excel.');
    expect(calls('AddClaimAttachment')).toEqual([]);
  });

  it('shows the server’s refusal next to the file, or above the form', async () => {
    let answer: () => object = () => ({
      error: new CombinedError({ graphQLErrors: [{ message: 'Filen beslut.pdf är inte en PDF – innehållet är PNG.', extensions: { code: 'BAD_USER_INPUT', field: 'fileName', reason: 'TYPE_MISMATCH' } }] }),
    });
    setup(() => claimData([]), { AddClaimAttachment: () => answer() });
    await choose('Vad är filen', 'Övrigt');
    await pickFile(pdfFile());
    await press(screen.getByTestId('attachment-upload-button'));
    await waitFor(() => expect(screen.getByLabelText('Fil').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('alert').textContent).toBe('Filen beslut.pdf är inte en PDF – innehållet är PNG.');

    answer = () => ({ error: new CombinedError({ graphQLErrors: [{ message: 'Bilagan kan inte läggas till: återsökningen har status "Återsökning inskickad till MiG".', extensions: { code: 'CONFLICT' } }] }) });
    await pickFile(pdfFile());
    await press(screen.getByTestId('attachment-upload-button'));
    await waitFor(() => expect(screen.getByTestId('attachment-upload-error').textContent).toContain('återsökningen har status "Återsökning inskickad till MiG"'));
  });

  it('asks before removing a file, and removes it only on yes', async () => {
    const { calls } = setup(() => claimData([attachment()]), { RemoveClaimAttachment: changed('removeClaimAttachment') });
    await press(screen.getByRole('button', { name: 'Ta bort kvitto.pdf' }));
    const dialog = screen.getByTestId('attachment-remove-dialog');
    expect(within(dialog).getByRole('heading').textContent).toBe('Ta bort kvitto.pdf?');
    await press(within(dialog).getByRole('button', { name: 'Nej, behåll' }));
    expect(screen.queryByTestId('attachment-remove-dialog')).toBeNull();
    expect(calls('RemoveClaimAttachment')).toEqual([]);

    await press(screen.getByRole('button', { name: 'Ta bort kvitto.pdf' }));
    await act(async () => {
      fireEvent.change(within(screen.getByTestId('attachment-remove-dialog')).getByLabelText('Anledning (frivillig)'), { target: { value: 'Fel fil' } });
    });
    await press(within(screen.getByTestId('attachment-remove-dialog')).getByRole('button', { name: 'Ja, ta bort' }));
    await waitFor(() => expect(screen.getByTestId('attachments-done').textContent).toBe('Filen kvitto.pdf är borttagen från återsökningen.'));
    expect(calls('RemoveClaimAttachment')).toEqual([{ input: { attachmentId: 'a-1', reason: 'Fel fil' } }]);
  });

  it('checks the pages to remove ("2, 4-5") before sending them', async () => {
    const { calls } = setup(() => claimData([attachment()]), { RemoveClaimAttachmentPages: changed('removeClaimAttachmentPages', 'kvitto (utdrag).pdf') });
    await press(screen.getByRole('button', { name: 'Ta bort sidor ur kvitto.pdf' }));
    const dialog = () => screen.getByTestId('attachment-pages-dialog');
    const enter = async (value: string) => {
      await act(async () => {
        fireEvent.change(within(dialog()).getByLabelText(/Sidor att ta bort/), { target: { value } });
      });
      await press(within(dialog()).getByRole('button', { name: 'Ta bort sidorna' }));
    };
    /** The texts the field is described by (help text and error), as a screen reader hears them. */
    const described = () => {
      const input = within(dialog()).getByLabelText(/Sidor att ta bort/);
      return (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' | ');
    };
    await enter('2, fyra');
    expect(described()).toContain('"fyra" är inget sidnummer. Skriv till exempel "2, 4-5".');
    await enter('2, 6');
    expect(described()).toContain('Sidan 6 finns inte. Dokumentet har 5 sidor.');
    await enter('1-5');
    expect(described()).toContain('Alla sidor kan inte tas bort. Ta bort hela bilagan i stället.');
    expect(calls('RemoveClaimAttachmentPages')).toEqual([]);
    await enter('2, 4-5');
    await waitFor(() => expect(screen.getByTestId('attachments-done').textContent).toContain('Sidorna 2, 4, 5 är borttagna.'));
    expect(calls('RemoveClaimAttachmentPages')).toEqual([{ input: { attachmentId: 'a-1', pages: [2, 4, 5] } }]);
  });

  it('shows only the buttons the server allows, and earlier versions on request', async () => {
    const { calls } = setup(() =>
      claimData([attachment({ canRename: false, canRemove: false, canRemovePages: false, removedPages: [2], derivedFrom: { id: 'a-0', fileName: 'original.pdf' } })], { canAddAttachments: false }),
    );
    expect(screen.getByRole('button', { name: 'Ladda ner kvitto.pdf' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ta bort kvitto.pdf' })).toBeNull();
    expect(screen.queryByTestId('attachment-upload')).toBeNull();
    expect(screen.getByTestId('attachment-file').textContent).toContain('utdrag ur original.pdf, sidor 2 borttagna');
    await press(screen.getByLabelText('Visa tidigare versioner'));
    expect(calls('ClaimAttachments').at(-1)).toEqual({ id: 'claim-1', includeSuperseded: true });
  });

  it('offers no download to a reader who may not open the files (e.g. a BI analyst)', () => {
    setup(() => claimData([attachment({ canDownload: false, canRename: false, canRemove: false, canRemovePages: false })], { canAddAttachments: false }));
    expect(screen.getByTestId('attachment-file').textContent).toContain('kvitto.pdf');
    expect(screen.queryByRole('button', { name: 'Ladda ner kvitto.pdf' })).toBeNull();
  });

  it('downloads the file under its own name', async () => {
    const createObjectURL = jest.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    setup(() => claimData([attachment()]), {
      ClaimAttachmentContent: () => ({ data: { claimAttachment: { id: 'a-1', fileName: 'kvitto.pdf', mediaType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.7').toString('base64') } } }),
    });
    await press(screen.getByRole('button', { name: 'Ladda ner kvitto.pdf' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(blob.type).toBe('application/pdf');
    expect(blob.size).toBe(8);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('kvitto.pdf');
    click.mockRestore();
  });
});

describe('AttachmentPicker and uploadAttachments', () => {
  function Parent({ onPicks }: { onPicks: (p: AttachmentPick[]) => void }) {
    const [picks, setPicks] = useState<AttachmentPick[]>([]);
    return (
      <AttachmentPicker
        value={picks}
        requiredKinds={['EKONOMISKT_UNDERLAG', 'INSATSBESLUT']}
        onChange={(p) => {
          setPicks(p);
          onPicks(p);
        }}
      />
    );
  }

  it('collects files per kind before the claim exists and sends them one by one', async () => {
    const onPicks = jest.fn<(p: AttachmentPick[]) => void>();
    render(<Parent onPicks={onPicks} />);
    expect(screen.getByTestId('attachment-picker-missing').textContent).toBe('Saknas: Ekonomiskt underlag, Insatsbeslut');
    await pickFile(pdfFile('kvitto.pdf'));
    await press(screen.getByTestId('attachment-picker-add'));
    expect(screen.getByTestId('attachment-picker-missing').textContent).toBe('Saknas: Insatsbeslut');
    const picks = onPicks.mock.calls.at(-1)![0];
    expect(picks.map((p) => [p.kind, p.file.name])).toEqual([['EKONOMISKT_UNDERLAG', 'kvitto.pdf']]);

    const mock = mockClient({
      AddClaimAttachment: (v) =>
        (v as { input: { fileName: string } }).input.fileName === 'fel.pdf'
          ? { error: new CombinedError({ graphQLErrors: [{ message: 'Filen fel.pdf är inte en PDF – innehållet är PNG.', extensions: { code: 'BAD_USER_INPUT' } }] }) }
          : changed('addClaimAttachment', 'kvitto.pdf')(),
    });
    const results = await uploadAttachments(mock.client, 'claim-1', [...picks, { kind: 'OVRIGT', file: pdfFile('fel.pdf') }]);
    expect(results.map((r) => [r.pick.file.name, r.attachmentId ?? null, r.error?.message ?? null])).toEqual([
      ['kvitto.pdf', 'a-9', null],
      ['fel.pdf', null, '[GraphQL] Filen fel.pdf är inte en PDF – innehållet är PNG.'],
    ]);
  });
});

describe('attachment rules', () => {
  it('parse page lists', () => {
    expect(parsePageList('2, 4-5')).toEqual({ ok: true, pages: [2, 4, 5] });
    expect(parsePageList('5–3')).toMatchObject({ ok: false });
    expect(parsePageList(' ')).toMatchObject({ ok: false, message: 'Ange vilka sidor som ska tas bort, till exempel "2, 4-5".' });
    expect(parsePageList('0')).toMatchObject({ ok: false, message: 'Sidorna numreras från 1.' });
  });
  it('check files in the browser', () => {
    expect(clientFileProblem({ name: 'a.pdf', size: 0 })).toBe('Filen a.pdf är tom.');
    expect(clientFileProblem({ name: 'a.PDF', size: 10 })).toBeNull();
    expect(clientFileProblem({ name: 'a.xlsx', size: 10 * 1024 * 1024 })).toBeNull();
  });
});
