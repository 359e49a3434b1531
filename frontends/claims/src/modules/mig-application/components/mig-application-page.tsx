import { Alert, Button, DataTable, ErrorMessage, Spinner, formatDateTime, formatKronor, formatPeriod, graphqlErrorText, type DataTableColumn } from '@statsbidrag/ui';
import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { documentFileName, postalLine } from '../documents/application-data.js';
import { buildApplicationFormPdf } from '../documents/application-form-pdf.js';
import { buildApplicationWorkbook } from '../documents/application-workbook.js';
import { MIG_APPLICATION_BUNDLE_QUERY, MIG_APPLICATION_QUERY, toDocumentData, type MigApplicationClaim } from '../graphql/mig-application.graphql.js';
import { base64ToBytes, downloadBytes, XLSX_MEDIA_TYPE } from './download.js';
import { APPLICATIONS_PATH, claimPath, Link } from './links.js';

export interface MigApplicationPageProps {
  id: string;
  navigate: (url: string) => void;
}

type Download = 'xlsx' | 'pdf' | 'bundle';

/**
 * One application to MiG: the summary, the three files to send (workbook and form made in the browser
 * from the federated persons, the attachment bundle from the server) and the claims it holds.
 */
export function MigApplicationPage({ id, navigate }: MigApplicationPageProps) {
  const client = useClient();
  const [{ data, error }, reexecute] = useQuery({ query: MIG_APPLICATION_QUERY, variables: { id } });
  const [busy, setBusy] = useState<Download | null>(null);
  const [downloadError, setDownloadError] = useState<string>();
  const app = data?.migApplication;
  const back = (
    <p>
      <Link href={APPLICATIONS_PATH} navigate={navigate}>
        Till alla ansökningar
      </Link>
    </p>
  );

  if (!data) {
    return error ? (
      <section aria-labelledby="mig-application-heading">
        <h1 id="mig-application-heading">Ansökan till MiG</h1>
        <ErrorMessage title="Ansökan kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>{graphqlErrorText(error, 'Tjänsten för återsökningar svarar inte just nu. Försök igen om en stund.')}</p>
        </ErrorMessage>
        {back}
      </section>
    ) : (
      <Spinner label="Laddar ansökan…" />
    );
  }
  if (!app) {
    return (
      <section aria-labelledby="mig-application-heading">
        <h1 id="mig-application-heading">Ansökan finns inte</h1>
        <Alert tone="error" data-testid="mig-application-not-found">
          <p>Ansökan finns inte, eller så har du inte behörighet att se den.</p>
        </Alert>
        {back}
      </section>
    );
  }

  const download = async (kind: Download) => {
    if (busy) return;
    setBusy(kind);
    setDownloadError(undefined);
    try {
      if (kind === 'bundle') {
        const result = await client.query(MIG_APPLICATION_BUNDLE_QUERY, { id }, { requestPolicy: 'network-only' }).toPromise();
        const file = result.data?.migApplication?.attachmentBundle;
        if (result.error || !file) {
          setDownloadError(result.error ? graphqlErrorText(result.error, 'Tjänsten för återsökningar svarar inte just nu.') : 'Bilagorna kunde inte hämtas.');
          return;
        }
        downloadBytes(base64ToBytes(file.contentBase64), file.fileName, file.mediaType);
      } else {
        const doc = toDocumentData(app);
        const bytes = kind === 'xlsx' ? await buildApplicationWorkbook(doc) : await buildApplicationFormPdf(doc);
        downloadBytes(bytes, documentFileName(doc, kind), kind === 'xlsx' ? XLSX_MEDIA_TYPE : 'application/pdf');
      }
    } catch {
      setDownloadError('Filen kunde inte skapas. Försök igen.');
    } finally {
      setBusy(null);
    }
  };

  const missingPersons = app.claims.filter((c) => !c.person).length;
  const columns: DataTableColumn<MigApplicationClaim>[] = [
    {
      id: 'claim',
      label: 'Återsökning',
      text: (c) => c.person?.fullName ?? c.id.slice(0, 8).toUpperCase(),
      render: (c) => (
        <Link href={claimPath(c.id)} navigate={navigate} data-testid="mig-application-claim-link">
          {c.person?.fullName ?? `Återsökning ${c.id.slice(0, 8).toUpperCase()}`}
        </Link>
      ),
      isRowHeader: true,
    },
    { id: 'dossier', label: 'Dossiernummer', text: (c) => c.person?.migIndividualNumber ?? '–' },
    { id: 'period', label: 'Period', text: (c) => formatPeriod(c.periodFrom, c.periodTo) },
    { id: 'district', label: 'Kostnadsbärande stadsdel', text: (c) => c.district.name },
    { id: 'amount', label: 'Belopp', text: (c) => formatKronor(c.amount), align: 'end' },
    { id: 'status', label: 'Status', text: (c) => c.statusLabel },
  ];
  const a = app.applicant;

  return (
    <section aria-labelledby="mig-application-heading">
      {back}
      <h1 id="mig-application-heading">
        Ansökan {app.reference}: {app.claimType.name} ({app.claimType.code})
      </h1>
      <dl className="sb-facts" data-testid="mig-application-facts">
        <dt>Period</dt>
        <dd>{formatPeriod(app.periodFrom, app.periodTo)}</dd>
        <dt>Återsökningar</dt>
        <dd data-testid="mig-application-count">{app.claimCount}</dd>
        <dt>Summa</dt>
        <dd data-testid="mig-application-total">{formatKronor(app.totalAmount)}</dd>
        <dt>Sökande</dt>
        <dd>
          {a.municipalityName} ({a.municipalityCode}), {postalLine(a)}
        </dd>
        <dt>Kontaktperson</dt>
        <dd>
          {a.contactName}, {a.phone}, {a.email}
          {a.reference ? `, referens ${a.reference}` : ''}
        </dd>
        <dt>Skapad</dt>
        <dd>
          {formatDateTime(app.createdAt)} av {app.createdBy}
        </dd>
      </dl>
      {app.districtComments.length > 0 && (
        <>
          <h2>Kommentarer per stadsdel</h2>
          <dl className="sb-facts">
            {app.districtComments.map((c) => (
              <div key={c.districtCode}>
                <dt>{app.claims.find((x) => x.district.code === c.districtCode)?.district.name ?? c.districtCode}</dt>
                <dd>{c.comment}</dd>
              </div>
            ))}
          </dl>
        </>
      )}

      <h2>Filer till MiG</h2>
      {missingPersons > 0 && (
        <Alert tone="warning" data-testid="mig-application-missing-persons">
          <p>{missingPersons} av återsökningarnas personer visas inte för dig; namn och personnummer blir tomma i filerna.</p>
        </Alert>
      )}
      {downloadError && (
        <Alert tone="error" title="Nedladdningen misslyckades" data-testid="mig-application-download-error">
          <p>{downloadError}</p>
        </Alert>
      )}
      <div className="sb-toolbar" role="group" aria-label="Ladda ned">
        <Button variant="secondary" isDisabled={busy !== null} onPress={() => void download('xlsx')} data-testid="mig-application-download-xlsx">
          {busy === 'xlsx' ? 'Skapar Excel…' : 'Ladda ned Excel'}
        </Button>
        <Button variant="secondary" isDisabled={busy !== null} onPress={() => void download('pdf')} data-testid="mig-application-download-pdf">
          {busy === 'pdf' ? 'Skapar blankett…' : 'Ladda ned ansökningsblankett (PDF)'}
        </Button>
        <Button variant="secondary" isDisabled={busy !== null} onPress={() => void download('bundle')} data-testid="mig-application-download-bundle">
          {busy === 'bundle' ? 'Samlar bilagor…' : 'Ladda ned bilagor (PDF)'}
        </Button>
      </div>

      <h2>Återsökningar i ansökan</h2>
      <DataTable label="Återsökningar i ansökan" columns={columns} rows={app.claims} getRowId={(c) => c.id} emptyText="Inga återsökningar." rowTestId="mig-application-claim" data-testid="mig-application-claims" />
      <Alert tone="info" title="Nästa steg: markera återsökningarna som inskickade med MiG:s diarienummer" data-testid="mig-application-next-step">
        <ul>
          {app.claims.map((c) => (
            <li key={c.id}>
              <Link href={claimPath(c.id)} navigate={navigate}>
                {c.person?.fullName ?? `Återsökning ${c.id.slice(0, 8).toUpperCase()}`} ({c.statusLabel})
              </Link>
            </li>
          ))}
        </ul>
      </Alert>
    </section>
  );
}

export default MigApplicationPage;
