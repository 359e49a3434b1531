import { FileField, Select, readFileAsBase64 } from '@statsbidrag/ui';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { messageFor, serverErrorsOf } from '../../mig-import/import-file-checks.js';
import { ESERVICE_ACCEPT, GENERALSCHABLON_ACCEPT, flatRateFileProblem } from '../flat-rate-file-checks.js';
import { FLAT_RATE_KINDS, KIND_GENERALSCHABLON, flatRateImportPath } from '../flat-rate-roles.js';
import { FLAT_RATE_PROFILE_OPTIONS_QUERY, START_FLAT_RATE_IMPORT_MUTATION, type StartFlatRateImportResult } from '../graphql/flat-rate-imports.graphql.js';
import { ChosenFileAndSubmit, ImportOutcomeView, type ImportOutcome } from '../../import-shared/components/import-outcome.js';

export const FLAT_RATE_FILE_LABEL = 'Fil med schabloner';

type Errors = Partial<Record<'kind' | 'profileKey' | 'file', string>>;
type Outcome = ImportOutcome<StartFlatRateImportResult>;

/**
 * "Importera schabloner": kind (generalschablon text file or the e-service's Excel export), profile
 * (the built-in one by default) and the file, checked in the browser (empty, > 10 MB, wrong type)
 * before it is sent base64-encoded; shows the server's answer with a link to the import.
 */
export function FlatRateImportForm({ navigate }: { navigate: (url: string) => void }) {
  const [kind, setKind] = useState<string>(KIND_GENERALSCHABLON);
  const [profileKey, setProfileKey] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' });
  const [, startImport] = useMutation(START_FLAT_RATE_IMPORT_MUTATION);

  const variables = useMemo(() => ({ kind }), [kind]);
  const [{ data: profileData, error: profileError }] = useQuery({ query: FLAT_RATE_PROFILE_OPTIONS_QUERY, variables });
  const profiles = useMemo(() => (profileData?.flatRateImportProfiles ?? []).filter((p) => p.kind === kind), [profileData, kind]);
  useEffect(() => {
    if (profiles.length && !profiles.some((p) => p.key === profileKey)) setProfileKey((profiles.find((p) => p.builtIn) ?? profiles[0])!.key);
  }, [profiles, profileKey]);

  const sending = outcome.status === 'sending';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    const fileProblem = flatRateFileProblem(kind, file);
    if (fileProblem) found.file = fileProblem;
    setErrors(found);
    if (Object.keys(found).length > 0 || !file) return;

    setOutcome({ status: 'sending', fileName: file.name });
    let contentBase64: string;
    try {
      contentBase64 = await readFileAsBase64(file);
    } catch {
      setOutcome({ status: 'failed', message: 'Filen kunde inte läsas. Kontrollera att den inte är öppen i ett annat program och försök igen.' });
      return;
    }
    const result = await startImport({ input: { kind, profileKey, fileName: file.name, contentBase64 } }, { additionalTypenames: ['FlatRateImport'] });
    if (result.data?.startFlatRateImport) {
      setOutcome({ status: 'done', result: result.data.startFlatRateImport });
    } else if (result.error) {
      const server = serverErrorsOf(result.error);
      const fieldErrors: Errors = {
        kind: messageFor(server.fields, 'kind'),
        profileKey: messageFor(server.fields, 'profileKey'),
        file: messageFor(server.fields, 'contentBase64') ?? messageFor(server.fields, 'fileName'),
      };
      setErrors(fieldErrors);
      const shown = Object.values(fieldErrors).some(Boolean);
      setOutcome(shown ? { status: 'idle' } : { status: 'failed', message: server.general ?? Object.values(server.fields)[0] ?? 'Ett oväntat fel inträffade.' });
    } else {
      setOutcome({ status: 'failed', message: 'Ett oväntat fel inträffade.' });
    }
  };

  const generalschablon = kind === KIND_GENERALSCHABLON;
  return (
    <section className="mig-import__upload" aria-labelledby="flat-rate-form-heading">
      <h2 id="flat-rate-form-heading">Importera fil</h2>
      <form className="mig-import__form" onSubmit={(e) => void submit(e)} noValidate aria-label="Importera schabloner">
        <Select
          label="Typ av fil"
          options={FLAT_RATE_KINDS}
          selectedKey={kind}
          onSelectionChange={(key) => {
            if (key) {
              setKind(key);
              setProfileKey(null);
              setOutcome({ status: 'idle' });
              setErrors((e) => ({ ...e, file: file ? (flatRateFileProblem(key, file) ?? undefined) : undefined }));
            }
          }}
          errorMessage={errors.kind}
          isDisabled={sending}
          data-testid="flat-rate-import-kind"
        />
        <Select
          label="Importprofil"
          options={profiles.map((p) => ({ id: p.key, label: p.builtIn ? `${p.name} (inbyggd)` : p.name }))}
          selectedKey={profileKey}
          onSelectionChange={setProfileKey}
          description={profileError ? 'Profilerna kunde inte hämtas.' : 'Var fälten finns i filen. Den inbyggda profilen passar filerna från MiG.'}
          errorMessage={errors.profileKey}
          isDisabled={sending}
          data-testid="flat-rate-import-profile"
        />
        <FileField
          label={FLAT_RATE_FILE_LABEL}
          description={
            generalschablon
              ? 'Textfil med fast bredd (.txt), högst 10 MB. En krypterad fil (.pgp, .gpg, .asc) dekrypteras med stadens nyckel.'
              : 'Excel (.xlsx), högst 10 MB. En krypterad fil (.pgp, .gpg, .asc) dekrypteras med stadens nyckel.'
          }
          accept={generalschablon ? GENERALSCHABLON_ACCEPT : ESERVICE_ACCEPT}
          errorMessage={errors.file}
          isDisabled={sending}
          onChange={(chosen) => {
            setFile(chosen);
            setOutcome({ status: 'idle' });
            setErrors((e) => ({ ...e, file: chosen ? (flatRateFileProblem(kind, chosen) ?? undefined) : undefined }));
          }}
        />
        <ChosenFileAndSubmit file={file} fileError={errors.file} sending={sending} />
      </form>
      <ImportOutcomeView outcome={outcome} importOf={(r) => ({ href: flatRateImportPath(r.import.id), fileName: r.import.fileName })} navigate={navigate} testIdPrefix="flat-rate-import" />
    </section>
  );
}
