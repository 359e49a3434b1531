import { Alert, Button, ErrorMessage, Select, Spinner, TextField, formatKronor, formatPeriod, graphqlErrorText, parseDateInput } from '@statsbidrag/ui';
import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import type { ApplicantData } from '../documents/application-data.js';
import {
  CANDIDATE_CLAIMS_QUERY,
  COMPILABLE_STATUSES,
  COMPILE_MIG_APPLICATION_MUTATION,
  NEW_MIG_APPLICATION_QUERY,
  type CandidateClaim,
} from '../graphql/mig-application.graphql.js';
import { APPLICANT_FIELDS, EMPTY_APPLICANT, applicantInput, checkApplicant, type ApplicantErrors, type ApplicantField } from './applicant-check.js';
import { APPLICATIONS_PATH, applicationPath, Link } from './links.js';

export interface NewMigApplicationPageProps {
  navigate: (url: string) => void;
  /** The URL's query string, e.g. `?typ=GSKA&fran=2026-01-01&till=2026-06-30`. */
  search?: string;
}

const MAX_CLAIMS = 500;
const MAX_COMMENT = 2000;

/** Claims whose period overlaps from–to (an open end does not limit). */
export function overlaps(claim: Pick<CandidateClaim, 'periodFrom' | 'periodTo'>, from: string, to: string): boolean {
  if (!claim.periodFrom || !claim.periodTo) return false;
  return (!to || claim.periodFrom <= to) && (!from || claim.periodTo >= from);
}

/** Field messages of a refused mutation (`extensions.problems`, or `extensions.field`). */
function serverProblems(error: CombinedError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of error.graphQLErrors) {
    const problems = e.extensions?.problems;
    if (Array.isArray(problems)) {
      for (const p of problems as { field?: unknown; message?: unknown }[]) if (typeof p.field === 'string' && typeof p.message === 'string') out[p.field] ??= p.message;
    } else if (typeof e.extensions?.field === 'string') out[e.extensions.field] ??= e.message;
  }
  return out;
}

/**
 * "Ny ansökan till MiG" (step 5.1): choose the claim type and period, pick among the prepared and
 * accepted claims (all selected from the start), check the applicant (from the applicant profile;
 * "Ändra för denna ansökan" changes it for this application only), comment per district, create.
 */
export function NewMigApplicationPage({ navigate, search = '' }: NewMigApplicationPageProps) {
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const [claimTypeCode, setClaimTypeCode] = useState<string | null>(params.get('typ'));
  const [periodFrom, setPeriodFrom] = useState(params.get('fran') ?? '');
  const [periodTo, setPeriodTo] = useState(params.get('till') ?? '');
  const [deselected, setDeselected] = useState<ReadonlySet<string>>(new Set());
  const [applicant, setApplicant] = useState<ApplicantData | null>(null);
  const [overriding, setOverriding] = useState(false);
  const [comments, setComments] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();

  const [{ data: base, error: baseError }, reloadBase] = useQuery({ query: NEW_MIG_APPLICATION_QUERY, variables: {} });
  const [{ data: candidates, fetching: loadingClaims, error: claimsError }] = useQuery({
    query: CANDIDATE_CLAIMS_QUERY,
    variables: { filter: { statuses: [...COMPILABLE_STATUSES], claimTypeCode: claimTypeCode ?? '' }, first: MAX_CLAIMS },
    pause: !claimTypeCode,
  });
  const [{ fetching: saving }, compile] = useMutation(COMPILE_MIG_APPLICATION_MUTATION);

  const profile = base?.applicantProfile ?? null;
  useEffect(() => {
    if (!base || applicant) return;
    if (profile) setApplicant({ ...EMPTY_APPLICANT, ...profile, reference: profile.reference ?? '' });
    else {
      setApplicant(EMPTY_APPLICANT);
      setOverriding(true);
    }
  }, [base, profile, applicant]);

  const from = parseDateInput(periodFrom, { label: 'Period från' });
  const to = parseDateInput(periodTo, { label: 'Period till' });
  const fromLimit = from.ok ? from.value : '';
  const toLimit = to.ok ? to.value : '';
  const shown = useMemo(() => (candidates?.claims.edges.map((e) => e.node) ?? []).filter((c) => overlaps(c, fromLimit, toLimit)), [candidates, fromLimit, toLimit]);
  const selected = shown.filter((c) => !deselected.has(c.id));
  const districts = useMemo(() => {
    const byCode = new Map<string, string>();
    for (const c of selected) byCode.set(c.district.code, c.district.name);
    return [...byCode].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }, [selected]);
  const total = selected.reduce((s, c) => s + (c.amount ?? 0), 0);

  const toggle = (id: string, on: boolean) =>
    setDeselected((d) => {
      const next = new Set(d);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });
  const setField = (field: ApplicantField) => (value: string) => setApplicant((a) => ({ ...(a ?? EMPTY_APPLICANT), [field]: value }));

  const submit = async () => {
    if (saving || !applicant) return;
    setFormError(undefined);
    const found: Record<string, string> = {};
    if (!claimTypeCode) found.claimTypeCode = 'Välj ersättningstyp.';
    if (!from.ok) found.periodFrom = from.message;
    if (!to.ok) found.periodTo = to.message;
    if (from.ok && to.ok && from.value && to.value && from.value > to.value) found.periodTo = 'Period till kan inte vara före period från.';
    if (claimTypeCode && !selected.length) found.claimIds = 'Välj minst en återsökning.';
    if (selected.length > MAX_CLAIMS) found.claimIds = `En ansökan får innehålla högst ${MAX_CLAIMS} återsökningar.`;
    const applicantErrors: ApplicantErrors = checkApplicant(applicant);
    for (const [field, message] of Object.entries(applicantErrors)) found[`applicant.${field}`] = message;
    for (const d of districts) if ((comments[d.code] ?? '').trim().length > MAX_COMMENT) found[`comment.${d.code}`] = `Kommentaren får vara högst ${MAX_COMMENT} tecken.`;
    if (Object.keys(applicantErrors).length) setOverriding(true);
    setErrors(found);
    if (Object.keys(found).length) {
      setFormError('Ansökan skapades inte. Rätta uppgifterna som är markerade.');
      return;
    }

    const districtComments = districts.map((d) => ({ districtCode: d.code, comment: (comments[d.code] ?? '').trim() })).filter((c) => c.comment);
    const result = await compile({ input: { claimIds: selected.map((c) => c.id), applicant: applicantInput(applicant), districtComments } });
    if (result.error || !result.data) {
      const problems = result.error ? serverProblems(result.error) : {};
      const mapped: Record<string, string> = {};
      for (const [field, message] of Object.entries(problems)) {
        const comment = /^districtComments\.(\d+)\./.exec(field);
        if (comment) mapped[`comment.${districtComments[Number(comment[1])]?.districtCode ?? ''}`] = message;
        else mapped[field] = message;
      }
      if (Object.keys(mapped).some((k) => k.startsWith('applicant.'))) setOverriding(true);
      setErrors(mapped);
      setFormError(result.error ? graphqlErrorText(result.error, 'Tjänsten för återsökningar svarar inte just nu. Försök igen om en stund.') : 'Ansökan skapades inte.');
      return;
    }
    navigate(applicationPath(result.data.compileMigApplication.id));
  };

  if (!base) {
    return baseError ? (
      <section aria-labelledby="new-mig-application-heading">
        <h1 id="new-mig-application-heading">Ny ansökan till MiG</h1>
        <ErrorMessage title="Uppgifterna kunde inte hämtas" onRetry={() => reloadBase({ requestPolicy: 'network-only' })}>
          <p>{graphqlErrorText(baseError, 'Tjänsten svarar inte just nu. Försök igen om en stund.')}</p>
        </ErrorMessage>
      </section>
    ) : (
      <Spinner label="Laddar…" />
    );
  }

  const a = applicant ?? EMPTY_APPLICANT;
  return (
    <section aria-labelledby="new-mig-application-heading">
      <p>
        <Link href={APPLICATIONS_PATH} navigate={navigate}>
          Till alla ansökningar
        </Link>
      </p>
      <h1 id="new-mig-application-heading">Ny ansökan till MiG</h1>
      {formError && (
        <Alert tone="error" title="Ansökan skapades inte" data-testid="new-mig-application-error">
          <p>{formError}</p>
        </Alert>
      )}
      <form
        className="sb-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2>Ersättningstyp och period</h2>
        <div>
          <Select
            label="Ersättningstyp"
            options={base.claimTypes.map((t) => ({ id: t.code, label: `${t.name} (${t.code})` }))}
            selectedKey={claimTypeCode}
            onSelectionChange={(key) => {
              setClaimTypeCode(key);
              setDeselected(new Set());
            }}
            errorMessage={errors.claimTypeCode}
            errorTestId="new-mig-application-type-error"
            data-testid="new-mig-application-type"
          />
        </div>
        <TextField label="Period från" name="periodFrom" value={periodFrom} onChange={setPeriodFrom} description="ÅÅÅÅ-MM-DD. Tomt = ingen gräns." errorMessage={errors.periodFrom ?? (from.ok ? undefined : from.message)} />
        <TextField label="Period till" name="periodTo" value={periodTo} onChange={setPeriodTo} description="ÅÅÅÅ-MM-DD. Tomt = ingen gräns." errorMessage={errors.periodTo ?? (to.ok ? undefined : to.message)} />

        <h2>Återsökningar</h2>
        {!claimTypeCode ? (
          <p className="sb-muted">Välj ersättningstyp för att se återsökningar som förbereds eller är accepterade av AmF.</p>
        ) : claimsError ? (
          <ErrorMessage title="Återsökningarna kunde inte hämtas">
            <p>{graphqlErrorText(claimsError, 'Tjänsten för återsökningar svarar inte just nu.')}</p>
          </ErrorMessage>
        ) : loadingClaims && !candidates ? (
          <Spinner label="Laddar återsökningar…" />
        ) : shown.length === 0 ? (
          <p data-testid="new-mig-application-no-claims">Inga återsökningar av denna typ förbereds eller är accepterade under perioden.</p>
        ) : (
          <>
            {(candidates?.claims.totalCount ?? 0) > MAX_CLAIMS && (
              <Alert tone="warning" data-testid="new-mig-application-too-many">
                <p>
                  Det finns {candidates!.claims.totalCount} återsökningar av typen som förbereds eller är accepterade; bara de {MAX_CLAIMS} med tidigast period visas. En ansökan får innehålla högst {MAX_CLAIMS}.
                </p>
              </Alert>
            )}
            <fieldset className="sb-fieldset" aria-describedby={errors.claimIds ? 'claim-ids-error' : undefined} data-testid="new-mig-application-claims">
              <legend>
                Välj återsökningar ({selected.length} av {shown.length} valda, summa {formatKronor(total)})
              </legend>
              <p>
                <Button variant="secondary" onPress={() => setDeselected(new Set())}>
                  Välj alla
                </Button>{' '}
                <Button variant="secondary" onPress={() => setDeselected(new Set(shown.map((c) => c.id)))}>
                  Välj ingen
                </Button>
              </p>
              <ul className="sb-checklist">
                {shown.map((c) => (
                  <li key={c.id}>
                    <label>
                      <input type="checkbox" checked={!deselected.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} data-testid="new-mig-application-claim" value={c.id} />{' '}
                      {c.person?.fullName ?? `Återsökning ${c.id.slice(0, 8).toUpperCase()}`} – {c.district.name}, {formatPeriod(c.periodFrom, c.periodTo)}, {formatKronor(c.amount)} ({c.statusLabel})
                      {c.migApplications.length > 0 && `, ingår redan i ${c.migApplications[0]!.reference}`}
                    </label>
                  </li>
                ))}
              </ul>
              {errors.claimIds && (
                <p className="sb-field__error" role="alert" id="claim-ids-error" data-testid="new-mig-application-claims-error">
                  {errors.claimIds}
                </p>
              )}
            </fieldset>
          </>
        )}

        <h2>Sökande</h2>
        {!profile && <p className="sb-muted">Ansökarprofilen är inte inlagd; fyll i sökande för denna ansökan.</p>}
        {overriding ? (
          <div data-testid="new-mig-application-applicant-form">
            {APPLICANT_FIELDS.map(({ field, label, required, description }) => (
              <TextField
                key={field}
                label={label}
                name={`applicant.${field}`}
                value={a[field] ?? ''}
                onChange={setField(field)}
                isRequired={required}
                description={description}
                errorMessage={errors[`applicant.${field}`]}
              />
            ))}
            {profile && (
              <p>
                <Button
                  variant="secondary"
                  onPress={() => {
                    setApplicant({ ...EMPTY_APPLICANT, ...profile, reference: profile.reference ?? '' });
                    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('applicant.'))));
                    setOverriding(false);
                  }}
                >
                  Använd ansökarprofilen
                </Button>
              </p>
            )}
          </div>
        ) : (
          <>
            <dl className="sb-facts" data-testid="new-mig-application-applicant">
              {APPLICANT_FIELDS.map(({ field, label }) => (
                <div key={field}>
                  <dt>{label.replace(' (frivillig)', '')}</dt>
                  <dd>{a[field] || '–'}</dd>
                </div>
              ))}
            </dl>
            <p>
              <Button variant="secondary" onPress={() => setOverriding(true)} data-testid="new-mig-application-override">
                Ändra för denna ansökan
              </Button>
            </p>
          </>
        )}

        {districts.length > 0 && (
          <>
            <h2>Kommentar per kostnadsbärande stadsdel</h2>
            {districts.map((d) => (
              <TextField
                key={d.code}
                label={`Kommentar för ${d.name} (frivillig)`}
                name={`comment.${d.code}`}
                value={comments[d.code] ?? ''}
                onChange={(value) => setComments((c) => ({ ...c, [d.code]: value }))}
                errorMessage={errors[`comment.${d.code}`]}
              />
            ))}
          </>
        )}

        <p>
          <Button type="submit" isDisabled={saving} data-testid="new-mig-application-submit">
            {saving ? 'Skapar ansökan…' : 'Skapa ansökan'}
          </Button>
        </p>
      </form>
    </section>
  );
}

export default NewMigApplicationPage;
