import { isoDay } from '../../decision/domain/decision-dates.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ClaimCopyEntity, PersonIdentityEntity, type ClaimCopyRow, type PersonIdentityRow } from '../../copies/infra/copies.entity.js';
import { districtAt } from '../../copies/domain/district-at.js';
import type { IdentifierCell } from '../domain/parse.js';

export interface MatchedClaim {
  claimId: string;
  personId: string | null;
  districtCode: string | null;
  officerUsername: string | null;
  claimTypeCode: string;
}

export type MatchResult =
  | { ok: true; claim: MatchedClaim | null; personId: string | null; districtCode: string | null }
  | { ok: false; reason: 'UNKNOWN_CLAIM' | 'UNKNOWN_PERSON' | 'AMBIGUOUS' | 'PERSON_MISMATCH'; message: string; suggestion: { label: string; claimId?: string | null; personId?: string | null } | null };

const claimLabel = (c: ClaimCopyRow) => {
  const from = isoDay(c.periodFrom);
  const to = isoDay(c.periodTo);
  return `Återsökning ${c.claimTypeCode}${from && to ? ` ${from}–${to}` : ''}${c.districtCode ? ` (${c.districtCode})` : ''}${c.migCaseNumber ? `, MiG ${c.migCaseNumber}` : ''}`;
};
const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};
const overlaps = (c: ClaimCopyRow, from: string, to: string) => {
  const cf = isoDay(c.periodFrom);
  const ct = isoDay(c.periodTo);
  return cf !== null && ct !== null && cf <= to && ct >= from;
};

/**
 * MiG's rows matched to claims and persons, from this subgraph's copies (claims.claim-changed,
 * person.identity-changed) loaded once per import: a claim by diarienummer, else by person +
 * claim type + period; a person by individnummer or personnummer. Merged persons are followed.
 */
export class Matcher {
  private constructor(
    private readonly claimsByCase: Map<string, ClaimCopyRow[]>,
    private readonly claimsByPerson: Map<string, ClaimCopyRow[]>,
    private readonly personsByIndividual: Map<string, PersonIdentityRow>,
    private readonly personsByNumber: Map<string, PersonIdentityRow>,
    private readonly persons: Map<string, PersonIdentityRow>,
    private readonly claimsById: Map<string, ClaimCopyRow>,
  ) {}

  static async load(em: EntityManager): Promise<Matcher> {
    // Plain rows, not entities: an import can hold every claim and person of the city at once.
    const claims = await em.createQueryBuilder(ClaimCopyEntity).select('*').execute<ClaimCopyRow[]>('all', true);
    const persons = await em.createQueryBuilder(PersonIdentityEntity).select('*').execute<PersonIdentityRow[]>('all', true);
    const byCase = new Map<string, ClaimCopyRow[]>();
    const byPerson = new Map<string, ClaimCopyRow[]>();
    for (const c of claims) {
      if (c.migCaseNumber) push(byCase, c.migCaseNumber.trim().toUpperCase(), c);
      if (c.personId) push(byPerson, c.personId, c);
    }
    const byIndividual = new Map<string, PersonIdentityRow>();
    const byNumber = new Map<string, PersonIdentityRow>();
    const byId = new Map<string, PersonIdentityRow>();
    for (const p of persons) {
      byId.set(p.personId, p);
      if (p.purged) continue;
      if (p.migIndividualNumber) byIndividual.set(p.migIndividualNumber, p);
      if (p.personalIdentityNumber) byNumber.set(p.personalIdentityNumber, p);
    }
    return new Matcher(byCase, byPerson, byIndividual, byNumber, byId, new Map(claims.map((c) => [c.claimId, c])));
  }

  /** The surviving person of a merge chain. */
  private resolve(person: PersonIdentityRow | undefined): PersonIdentityRow | undefined {
    let p = person;
    for (let i = 0; p?.mergedInto && i < 10; i++) p = this.persons.get(p.mergedInto) ?? p;
    return p;
  }

  person(identifier: IdentifierCell): PersonIdentityRow | undefined {
    if (identifier.kind === 'INDIVIDUAL') return this.resolve(this.personsByIndividual.get(identifier.value));
    if (identifier.kind === 'PERSONAL') return this.resolve(this.personsByNumber.get(identifier.value));
    return undefined;
  }

  /** The person's district on a date, from their registrations. */
  districtOf(personId: string | null, date: string): string | null {
    if (!personId) return null;
    const p = this.persons.get(personId);
    return p ? districtAt(p.registrations ?? [], date) : null;
  }

  claimByCase(caseNumber: string): ClaimCopyRow[] {
    return this.claimsByCase.get(caseNumber.trim().toUpperCase()) ?? [];
  }

  claimById(claimId: string): ClaimCopyRow | undefined {
    return this.claimsById.get(claimId);
  }

  static toMatched(c: ClaimCopyRow): MatchedClaim {
    return { claimId: c.claimId, personId: c.personId ?? null, districtCode: c.districtCode ?? null, officerUsername: c.officerUsername ?? null, claimTypeCode: c.claimTypeCode };
  }

  /** A decision row: its claim (required) and person. */
  matchDecision(row: { caseNumber: string; identifier: IdentifierCell; compensation: string; from: string; to: string }): MatchResult {
    const byCase = this.claimByCase(row.caseNumber);
    const person = this.person(row.identifier);
    if (byCase.length === 1) {
      const claim = byCase[0]!;
      if (person && claim.personId && person.personId !== claim.personId) {
        return { ok: false, reason: 'PERSON_MISMATCH', message: `Diarienumret ${row.caseNumber} hör till en återsökning för en annan person än individnumret i raden.`, suggestion: { label: claimLabel(claim), claimId: claim.claimId, personId: claim.personId } };
      }
      return { ok: true, claim: Matcher.toMatched(claim), personId: claim.personId ?? person?.personId ?? null, districtCode: claim.districtCode ?? this.districtOf(claim.personId ?? null, row.from) };
    }
    if (!person) {
      const suggestion = byCase[0] ? { label: claimLabel(byCase[0]), claimId: byCase[0].claimId, personId: byCase[0].personId ?? null } : null;
      return { ok: false, reason: 'UNKNOWN_PERSON', message: `Personen i raden finns inte i systemet och diarienumret ${row.caseNumber} hör inte till någon återsökning.`, suggestion };
    }
    const candidates = (this.claimsByPerson.get(person.personId) ?? []).filter((c) => c.claimTypeCode === row.compensation);
    const exact = candidates.filter((c) => isoDay(c.periodFrom) === row.from && isoDay(c.periodTo) === row.to);
    const overlapping = exact.length ? exact : candidates.filter((c) => overlaps(c, row.from, row.to));
    if (overlapping.length === 1) {
      const claim = overlapping[0]!;
      if (exact.length === 1) {
        return { ok: true, claim: Matcher.toMatched(claim), personId: person.personId, districtCode: claim.districtCode ?? this.districtOf(person.personId, row.from) };
      }
      return { ok: false, reason: 'UNKNOWN_CLAIM', message: `Ingen återsökning ${row.compensation} för personen har perioden ${row.from}–${row.to}; en återsökning med överlappande period finns.`, suggestion: { label: claimLabel(claim), claimId: claim.claimId, personId: person.personId } };
    }
    if (overlapping.length > 1) {
      return { ok: false, reason: 'AMBIGUOUS', message: `Flera återsökningar ${row.compensation} för personen passar perioden ${row.from}–${row.to}. Välj rätt återsökning.`, suggestion: { label: claimLabel(overlapping[0]!), claimId: overlapping[0]!.claimId, personId: person.personId } };
    }
    const other = candidates[0] ?? (this.claimsByPerson.get(person.personId) ?? [])[0];
    return {
      ok: false,
      reason: 'UNKNOWN_CLAIM',
      message: `Beslutet gäller en okänd återsökning: diarienumret ${row.caseNumber} finns inte och personen har ingen återsökning ${row.compensation} för ${row.from}–${row.to}.`,
      suggestion: other ? { label: claimLabel(other), claimId: other.claimId, personId: person.personId } : { label: 'Personen finns, men ingen återsökning', personId: person.personId },
    };
  }
}
