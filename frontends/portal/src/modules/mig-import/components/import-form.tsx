import { FileField, Select, TextField, readFileAsBase64 } from '@statsbidrag/ui';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { IMPORT_PROFILE_OPTIONS_QUERY, START_IMPORT_MUTATION, type StartImportResult } from '../graphql/import-files.graphql.js';
import { MIG_FILE_ACCEPT, messageFor, migFileProblem, serverErrorsOf } from '../import-file-checks.js';
import { IMPORT_KINDS, IMPORT_KIND_DECISIONS, IMPORT_KIND_PAYMENTS, importFilePath } from '../mig-import-roles.js';
import { ChosenFileAndSubmit, ImportOutcomeView, type ImportOutcome } from '../../import-shared/components/import-outcome.js';

export const MIG_FILE_LABEL = 'Fil från MiG';
const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

type Errors = Partial<Record<'kind' | 'profileKey' | 'paymentMonth' | 'account' | 'file', string>>;

type Outcome = ImportOutcome<StartImportResult>;

/**
 * "Importera fil": kind, profile (the built-in one by default), payment month and account for a
 * payment specification, and the file. Checks the file in the browser (empty, > 10 MB, wrong type)
 * before anything is sent; shows the server's answer with a link to the import.
 */
export function ImportForm({ navigate }: { navigate: (url: string) => void }) {
  const [kind, setKind] = useState<string>(IMPORT_KIND_DECISIONS);
  const [profileKey, setProfileKey] = useState<string | null>(null);
  const [paymentMonth, setPaymentMonth] = useState('');
  const [account, setAccount] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' });
  const [, startImport] = useMutation(START_IMPORT_MUTATION);

  const variables = useMemo(() => ({ kind }), [kind]);
  const [{ data: profileData, error: profileError }] = useQuery({ query: IMPORT_PROFILE_OPTIONS_QUERY, variables });
  const profiles = useMemo(() => (profileData?.importProfiles ?? []).filter((p) => p.kind === kind), [profileData, kind]);
  // The built-in profile of the kind is chosen until the user picks another.
  useEffect(() => {
    if (profiles.length && !profiles.some((p) => p.key === profileKey)) setProfileKey((profiles.find((p) => p.builtIn) ?? profiles[0])!.key);
  }, [profiles, profileKey]);

  const payments = kind === IMPORT_KIND_PAYMENTS;
  const sending = outcome.status === 'sending';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    const fileProblem = migFileProblem(file);
    if (fileProblem) found.file = fileProblem;
    if (!profileKey) found.profileKey = 'Välj en importprofil.';
    if (payments && !paymentMonth.trim()) found.paymentMonth = 'Ange utbetalningsmånad (ÅÅÅÅ-MM).';
    else if (payments && !MONTH_PATTERN.test(paymentMonth.trim())) found.paymentMonth = 'Utbetalningsmånaden ska skrivas ÅÅÅÅ-MM, till exempel 2025-03.';
    setErrors(found);
    if (Object.keys(found).length > 0 || !file || !profileKey) return;

    setOutcome({ status: 'sending', fileName: file.name });
    let contentBase64: string;
    try {
      contentBase64 = await readFileAsBase64(file);
    } catch {
      setOutcome({ status: 'failed', message: 'Filen kunde inte läsas. Kontrollera att den inte är öppen i ett annat program och försök igen.' });
      return;
    }
    const input = {
      kind,
      profileKey,
      fileName: file.name,
      contentBase64,
      ...(payments ? { paymentMonth: paymentMonth.trim(), account: account.trim() || null } : {}),
    };
    const result = await startImport({ input }, { additionalTypenames: ['ImportFile'] });
    if (result.data?.startImport) {
      setOutcome({ status: 'done', result: result.data.startImport });
    } else if (result.error) {
      const server = serverErrorsOf(result.error);
      const fieldErrors: Errors = {
        kind: messageFor(server.fields, 'kind'),
        profileKey: messageFor(server.fields, 'profileKey'),
        paymentMonth: messageFor(server.fields, 'paymentMonth'),
        account: messageFor(server.fields, 'account'),
        file: messageFor(server.fields, 'contentBase64') ?? messageFor(server.fields, 'fileName'),
      };
      setErrors(fieldErrors);
      const shown = Object.values(fieldErrors).some(Boolean);
      setOutcome(shown ? { status: 'idle' } : { status: 'failed', message: server.general ?? Object.values(server.fields)[0] ?? 'Ett oväntat fel inträffade.' });
    } else {
      setOutcome({ status: 'failed', message: 'Ett oväntat fel inträffade.' });
    }
  };

  return (
    <section className="mig-import__upload" aria-labelledby="mig-import-form-heading">
      <h2 id="mig-import-form-heading">Importera fil</h2>
      <form className="mig-import__form" onSubmit={(e) => void submit(e)} noValidate aria-label="Importera fil från MiG">
        <Select
          label="Typ av fil"
          options={IMPORT_KINDS}
          selectedKey={kind}
          onSelectionChange={(key) => {
            if (key) {
              setKind(key);
              setProfileKey(null);
              setOutcome({ status: 'idle' });
            }
          }}
          errorMessage={errors.kind}
          isDisabled={sending}
          data-testid="import-kind"
        />
        <Select
          label="Importprofil"
          options={profiles.map((p) => ({ id: p.key, label: p.builtIn ? `${p.name} (inbyggd)` : p.name }))}
          selectedKey={profileKey}
          onSelectionChange={setProfileKey}
          description={profileError ? 'Profilerna kunde inte hämtas.' : 'Vilka kolumner i filen som betyder vad. Den inbyggda profilen passar MiG:s export.'}
          errorMessage={errors.profileKey}
          isDisabled={sending}
          data-testid="import-profile"
        />
        {payments && (
          <>
            <TextField label="Utbetalningsmånad" description="ÅÅÅÅ-MM, till exempel 2025-03." value={paymentMonth} onChange={setPaymentMonth} errorMessage={errors.paymentMonth} isRequired isDisabled={sending} />
            <TextField label="Konto" description="Frivilligt." value={account} onChange={setAccount} errorMessage={errors.account} isDisabled={sending} />
          </>
        )}
        <FileField
          label={MIG_FILE_LABEL}
          description="Excel (.xlsx), CSV (.csv) eller text med fast bredd (.txt), högst 10 MB."
          accept={MIG_FILE_ACCEPT}
          errorMessage={errors.file}
          isDisabled={sending}
          onChange={(chosen) => {
            setFile(chosen);
            setOutcome({ status: 'idle' });
            setErrors((e) => ({ ...e, file: chosen ? (migFileProblem(chosen) ?? undefined) : undefined }));
          }}
        />
        <ChosenFileAndSubmit file={file} fileError={errors.file} sending={sending} />
      </form>
      <ImportOutcomeView outcome={outcome} importOf={(r) => ({ href: importFilePath(r.file.id), fileName: r.file.fileName })} navigate={navigate} testIdPrefix="mig-import" />
    </section>
  );
}
