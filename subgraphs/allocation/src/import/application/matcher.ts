import type { EntityManager } from '@mikro-orm/postgresql';
import { PersonCopyEntity } from '../../copies/infra/copies.entity.js';
import { FlatRateCaseEntity } from '../../schedule/infra/flat-rate-case.entity.js';

export interface KnownPerson {
  personId: string;
  personalIdentityNumber: string | null;
  migIndividualNumber: string | null;
  birthDate: string | null;
  registrations: { from: string; districtCode: string | null }[];
  movedOutOn: string | null;
}

export interface KnownCase {
  receptionDate: string;
  districtCode: string | null;
  /** Set when the case is closed: payments for periods after this day are not the city's. */
  closedOn?: string | null;
  closureReason?: string | null;
}

const day = (v: unknown): string | null => (v == null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

/** The registration valid on `date` (oldest first); null when none or no district then. */
export function districtAt(registrations: readonly { from: string; districtCode: string | null }[], date: string): string | null {
  let found: string | null = null;
  for (const r of registrations) if (r.from <= date) found = r.districtCode;
  return found;
}

/**
 * The persons (PersonCopy) and flat-rate cases an import matches against, loaded once per import as
 * plain rows (two queries, whatever the size of the file).
 */
export class Matcher {
  private constructor(
    private readonly byId: Map<string, KnownPerson>,
    private readonly byPnr: Map<string, KnownPerson>,
    private readonly byMig: Map<string, KnownPerson>,
    private readonly cases: Map<string, KnownCase>,
  ) {}

  static async load(em: EntityManager): Promise<Matcher> {
    const persons = await em
      .createQueryBuilder(PersonCopyEntity)
      .select(['personId', 'personalIdentityNumber', 'migIndividualNumber', 'birthDate', 'registrations', 'movedOutOn', 'mergedInto', 'purged'])
      .where({ purged: false })
      .execute<{ personId: string; personalIdentityNumber: string | null; migIndividualNumber: string | null; birthDate: unknown; registrations: KnownPerson['registrations']; movedOutOn: unknown; mergedInto: string | null }[]>('all', true);
    const cases = await em
      .createQueryBuilder(FlatRateCaseEntity)
      .select(['personId', 'receptionDate', 'districtCode', 'closedOn', 'closureReason'])
      .execute<{ personId: string; receptionDate: unknown; districtCode: string | null; closedOn: unknown; closureReason: string | null }[]>('all', true);
    const byId = new Map<string, KnownPerson>();
    const byPnr = new Map<string, KnownPerson>();
    const byMig = new Map<string, KnownPerson>();
    for (const p of persons) {
      if (p.mergedInto) continue;
      const known: KnownPerson = {
        personId: p.personId, personalIdentityNumber: p.personalIdentityNumber, migIndividualNumber: p.migIndividualNumber, birthDate: day(p.birthDate),
        registrations: [...(p.registrations ?? [])].sort((a, b) => a.from.localeCompare(b.from)), movedOutOn: day(p.movedOutOn),
      };
      byId.set(known.personId, known);
      if (known.personalIdentityNumber) byPnr.set(known.personalIdentityNumber, known);
      if (known.migIndividualNumber) byMig.set(known.migIndividualNumber, known);
    }
    return new Matcher(byId, byPnr, byMig, new Map(cases.map((c) => [c.personId, { receptionDate: day(c.receptionDate)!, districtCode: c.districtCode, closedOn: day(c.closedOn), closureReason: c.closureReason }])));
  }

  person(id: string): KnownPerson | undefined {
    return this.byId.get(id);
  }
  byPersonalNumber(pnr: string): KnownPerson | undefined {
    return this.byPnr.get(pnr);
  }
  byMigNumber(mig: string): KnownPerson | undefined {
    return this.byMig.get(mig);
  }
  caseOf(personId: string): KnownCase | undefined {
    return this.cases.get(personId);
  }
  /** A case this file will open (seen by the rows after it). */
  planCase(personId: string, value: KnownCase): void {
    if (!this.cases.has(personId)) this.cases.set(personId, value);
  }
  /** A person registered while the deviation list is worked (kept in the same matcher). */
  addPerson(person: KnownPerson): void {
    this.byId.set(person.personId, person);
    if (person.personalIdentityNumber) this.byPnr.set(person.personalIdentityNumber, person);
    if (person.migIndividualNumber) this.byMig.set(person.migIndividualNumber, person);
  }
}
