import { DateTimeScalar, DistrictReference, MoneyScalar, PageInfo, districtRef } from '@statsbidrag/graphql-kit';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Person, personRef } from '../../person/graphql/person.type.js';
import type { SheetContent } from '../application/sheet-content.js';
import { LINE_KIND_LABELS, STATUS_LABELS } from '../application/sheet-labels.js';
import { lineChanges, type SheetStatus } from '../application/sheet-versions.js';
import type { AllocationSheetRow } from '../infra/allocation-sheet.entity.js';

@ObjectType('AllocationAgeBand', { description: 'Generalschablon: personer och belopp i en åldersgrupp.' })
export class AllocationAgeBand {
  @Field({ description: 'Åldersgrupp: 0–19, 20–64, 65+ (Okänd när åldern saknas).' }) band!: string;
  @Field(() => Int, { description: 'Antal personer.' }) persons!: number;
  @Field(() => MoneyScalar, { description: 'Belopp i öre.' }) amount!: number;
}

@ObjectType('AllocationLine', { description: 'En rad i fördelningsarket: en ersättningskod på en stadsdel, AmF:s intäkt eller ej fördelade medel.' })
export class AllocationLine {
  @Field({ description: 'Ersättningskod.' }) compensationCode!: string;
  @Field({ description: 'DISTRICT, AMF_REVENUE eller UNALLOCATED.' }) kind!: string;
  @Field({ description: 'Slaget på svenska.' }) kindLabel!: string;
  @Field(() => DistrictReference, { nullable: true, description: 'Stadsdelen (bara för stadsdelsrader).' }) district!: DistrictReference | null;
  @Field(() => MoneyScalar, { description: 'Utbetalt, öre.' }) paid!: number;
  @Field(() => MoneyScalar, { description: 'Återkrävt och avräknat, öre (positivt).' }) recovered!: number;
  @Field(() => MoneyScalar, { description: 'Utbetalt minus återkrävt, öre.' }) amount!: number;
  @Field(() => [AllocationAgeBand], { nullable: true, description: 'Generalschablon: per åldersgrupp (tom annars).' }) ageBands!: AllocationAgeBand[];
}

@ObjectType('AllocationCodeTotal', { description: 'Summor för en ersättningskod.' })
export class AllocationCodeTotal {
  @Field({ description: 'Ersättningskod.' }) compensationCode!: string;
  @Field(() => MoneyScalar, { description: 'Fördelat på stadsdelar (brutto), öre.' }) allocated!: number;
  @Field(() => MoneyScalar, { description: 'Ej fördelade medel (brutto), öre.' }) unallocated!: number;
  @Field(() => MoneyScalar, { description: 'AmF:s intäkt (brutto), öre.' }) amfRevenue!: number;
  @Field(() => MoneyScalar, { description: 'Återkrav och avräkningar, öre (positivt).' }) recoveries!: number;
  @Field(() => MoneyScalar, { description: 'Netto: summan av kodens rader, öre.' }) net!: number;
}

@ObjectType('ReconciliationRow', { description: 'Avstämning för en ersättningskod: utbetalt av MiG = fördelat + ej fördelat + AmF:s intäkt − återkrav.' })
export class ReconciliationRow {
  @Field({ description: 'Ersättningskod.' }) compensationCode!: string;
  @Field(() => MoneyScalar, { description: 'Utbetalt av MiG netto: importerade filers summor + beviljade återsökta medel − avräkningar, öre.' }) migPaid!: number;
  @Field(() => MoneyScalar, { description: 'Fördelat på stadsdelar (brutto), öre.' }) allocated!: number;
  @Field(() => MoneyScalar, { description: 'Ej fördelade medel (brutto), öre.' }) unallocated!: number;
  @Field(() => MoneyScalar, { description: 'AmF:s intäkt (brutto), öre.' }) amfRevenue!: number;
  @Field(() => MoneyScalar, { description: 'Återkrav och avräkningar, öre (positivt).' }) recoveries!: number;
  @Field(() => MoneyScalar, { description: '0 när koden stämmer.' }) difference!: number;
}

@ObjectType('ReconciliationDeviation', { description: 'En differens som hindrar godkännande.' })
export class ReconciliationDeviation {
  @Field({ description: 'Ersättningskod.' }) compensationCode!: string;
  @Field(() => MoneyScalar, { description: 'Skillnad, öre.' }) difference!: number;
  @Field({ description: 'Förklaring på svenska.' }) message!: string;
}

@ObjectType('Reconciliation', { description: 'Månadens avstämning mot MiG:s utbetalning.' })
export class Reconciliation {
  @Field({ description: 'Stämmer på öret för alla koder.' }) ok!: boolean;
  @Field(() => [ReconciliationRow], { description: 'En rad per ersättningskod.' }) rows!: ReconciliationRow[];
  @Field(() => [ReconciliationDeviation], { description: 'Differenser som hindrar godkännande.' }) deviations!: ReconciliationDeviation[];
}

@ObjectType('UnallocatedFundsItem', { description: 'Ej fördelade medel: en utbetalning som inte fördelas på en stadsdel.' })
export class UnallocatedFundsItem {
  @Field(() => ID, { description: 'Schablonersättningens id (för återsökta medel utan kostnadsbärare: betalningsradens id).' }) flatRatePaymentId!: string;
  @Field({ description: 'Ersättningskod.' }) compensationCode!: string;
  @Field(() => MoneyScalar, { description: 'Belopp i öre.' }) amount!: number;
  @Field({ description: 'Skäl.' }) reason!: string;
  @Field({ description: 'Sparad i listan (annars ett förslag).' }) saved!: boolean;
  @Field(() => Person, { nullable: true, description: 'Personen, när utbetalningen gäller en känd person.' }) person!: Person | null;
}

@ObjectType('InitialCostShare', { description: 'Procentuell fördelning av initiala kostnader (glappet) per stadsdel och åldersgrupp.' })
export class InitialCostShare {
  @Field({ description: 'Ersättningskod.' }) compensationCode!: string;
  @Field(() => DistrictReference, { nullable: true, description: 'Tom = AmF:s intäkt (ingen adress).' }) district!: DistrictReference | null;
  @Field({ description: 'Åldersgrupp.' }) band!: string;
  @Field(() => Int, { description: 'Antal personer.' }) persons!: number;
  @Field(() => MoneyScalar, { description: 'Belopp i öre.' }) amount!: number;
}

@ObjectType('AllocationLineChange', { description: 'Skillnad för en rad mot föregående version.' })
export class AllocationLineChange {
  @Field({ description: 'Ersättningskod.' }) compensationCode!: string;
  @Field({ description: 'DISTRICT, AMF_REVENUE eller UNALLOCATED.' }) kind!: string;
  @Field(() => DistrictReference, { nullable: true, description: 'Stadsdelen (tom för AmF:s intäkt och ej fördelade medel).' }) district!: DistrictReference | null;
  @Field(() => MoneyScalar, { description: 'Belopp i föregående version, öre.' }) before!: number;
  @Field(() => MoneyScalar, { description: 'Belopp i denna version, öre.' }) after!: number;
  @Field(() => MoneyScalar, { description: 'Skillnad, öre.' }) difference!: number;
}

@ObjectType('AllocationSheet', { description: 'Fördelningsark för en månad: förslag (ej sparat) eller en sparad version.' })
export class AllocationSheet {
  @Field(() => ID, { nullable: true, description: 'Tomt för förslaget.' }) id!: string | null;
  @Field({ description: 'ÅÅÅÅ-MM.' }) month!: string;
  @Field(() => Int, { nullable: true, description: 'Versionsnummer (tomt för förslaget).' }) version!: number | null;
  @Field({ description: 'PROPOSAL, DRAFT, REVIEWED eller APPROVED.' }) status!: string;
  @Field({ description: 'Status på svenska.' }) statusLabel!: string;
  @Field({ description: 'Godkänd och låst: ändras aldrig.' }) locked!: boolean;
  @Field(() => [AllocationLine], { description: 'Raderna per kod och stadsdel, AmF:s intäkt och ej fördelade medel.' }) lines!: AllocationLine[];
  @Field(() => [AllocationCodeTotal], { description: 'Summor per ersättningskod.' }) totals!: AllocationCodeTotal[];
  @Field(() => MoneyScalar, { description: 'Summan av alla rader, öre.' }) total!: number;
  @Field(() => Reconciliation, { description: 'Avstämning mot MiG:s utbetalning.' }) reconciliation!: Reconciliation;
  @Field(() => [UnallocatedFundsItem], { description: 'Ej fördelade medel på arket.' }) unallocatedItems!: UnallocatedFundsItem[];
  @Field(() => [InitialCostShare], { description: 'Procentuell fördelning av initiala kostnader (glappet).' }) initialCostSplit!: InitialCostShare[];
  @Field(() => [AllocationLineChange], { description: 'Mot föregående version (tom för version 1 och förslaget).' }) changes!: AllocationLineChange[];
  @Field(() => String, { nullable: true, description: 'Sparad av.' }) createdBy!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Sparad.' }) createdAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Granskad av.' }) reviewedBy!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Granskad.' }) reviewedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Godkänd av.' }) approvedBy!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Godkänd.' }) approvedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Anteckning.' }) note!: string | null;
  @Field(() => String, { nullable: true, description: 'Varför versionen skickades tillbaka till utkast.' }) returnReason!: string | null;
}

@ObjectType('AllocationSheetMonth', { description: 'En månads sparade versioner, nyaste först.' })
export class AllocationSheetMonth {
  @Field({ description: 'ÅÅÅÅ-MM.' }) month!: string;
  @Field(() => AllocationSheet, { nullable: true, description: 'Senaste versionen.' }) latest!: AllocationSheet | null;
  @Field(() => [AllocationSheet], { description: 'Alla versioner, nyaste först.' }) versions!: AllocationSheet[];
}

@ObjectType('AllocationSheetEdge', { description: 'Ett fördelningsark i en lista.' })
export class AllocationSheetEdge {
  @Field({ description: 'Markör.' }) cursor!: string;
  @Field(() => AllocationSheet, { description: 'Fördelningsarket.' }) node!: AllocationSheet;
}
@ObjectType('AllocationSheetConnection', { description: 'Senaste versionen per månad, nyaste månad först.' })
export class AllocationSheetConnection {
  @Field(() => Int, { description: 'Totalt antal.' }) totalCount!: number;
  @Field(() => [AllocationSheetEdge], { description: 'Sidan.' }) edges!: AllocationSheetEdge[];
  @Field(() => PageInfo, { description: 'Sidinformation.' }) pageInfo!: PageInfo;
}

@ObjectType('ExportedFile', { description: 'En fil, base64-kodad.' })
export class ExportedFile {
  @Field({ description: 'Filnamn.' }) fileName!: string;
  @Field({ description: 'MIME-typ.' }) contentType!: string;
  @Field({ description: 'Innehållet, base64-kodat.' }) contentBase64!: string;
}

@InputType('UnallocatedFundsItemInput', { description: 'En utbetalning i listan över ej fördelade medel.' })
export class UnallocatedFundsItemInput {
  @Field(() => ID, { description: 'Schablonersättningens id.' }) flatRatePaymentId!: string;
  @Field({ description: 'Skäl.' }) reason!: string;
}

type Meta = Pick<AllocationSheet, 'id' | 'version' | 'createdBy' | 'createdAt' | 'reviewedBy' | 'reviewedAt' | 'approvedBy' | 'approvedAt' | 'note'> & { status: SheetStatus | 'PROPOSAL' };

export function toAllocationSheet(content: SheetContent, meta: Meta, previous: SheetContent | null = null): AllocationSheet {
  return {
    ...meta,
    month: content.month,
    statusLabel: STATUS_LABELS[meta.status],
    locked: meta.status === 'APPROVED',
    lines: content.lines.map((l) => ({ ...l, kindLabel: LINE_KIND_LABELS[l.kind], district: districtRef(l.districtCode) })),
    totals: content.totals,
    total: content.total,
    reconciliation: content.reconciliation,
    unallocatedItems: content.unallocatedItems.map(toUnallocatedItem),
    initialCostSplit: content.initialCostSplit.map((s) => ({ ...s, district: districtRef(s.districtCode) })),
    changes: previous ? lineChanges(previous.lines, content.lines).map((c) => ({ ...c, district: districtRef(c.districtCode) })) : [],
    returnReason: content.returned?.reason ?? null,
  };
}

export function toUnallocatedItem(u: { rowId?: string; flatRatePaymentId?: string; compensationCode: string; amount: number; reason: string; saved: boolean; personId: string | null }): UnallocatedFundsItem {
  return { flatRatePaymentId: (u.flatRatePaymentId ?? u.rowId)!, compensationCode: u.compensationCode, amount: u.amount, reason: u.reason, saved: u.saved, person: personRef(u.personId) };
}

export function fromRow(row: AllocationSheetRow, previous: AllocationSheetRow | null): AllocationSheet {
  return toAllocationSheet(
    row.content as unknown as SheetContent,
    {
      id: row.id,
      version: row.version,
      status: row.status as SheetStatus,
      createdBy: row.createdBy,
      createdAt: row.createdAt,
      reviewedBy: row.reviewedBy ?? null,
      reviewedAt: row.reviewedAt ?? null,
      approvedBy: row.approvedBy ?? null,
      approvedAt: row.approvedAt ?? null,
      note: row.note ?? null,
    },
    previous ? (previous.content as unknown as SheetContent) : null,
  );
}
