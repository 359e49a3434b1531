import { DateScalar, MoneyScalar, PageInfo } from '@statsbidrag/graphql-kit';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '@statsbidrag/graphql-kit';
import { DECISION_OUTCOME_LABELS, DecisionOutcome } from '../domain/decision.js';
import { isFinal } from '../domain/decision-dates.js';
import type { DecisionRow } from '../infra/decision.entity.js';

registerEnumType(DecisionOutcome, {
  name: 'DecisionOutcome',
  description: 'Utfallet av MiG:s beslut.',
  valuesConfig: {
    BEVILJAD: { description: 'Beviljad.' },
    DELVIS_BEVILJAD: { description: 'Delvis beviljad.' },
    AVVISAD: { description: 'Avvisad (ansökan prövades inte i sak).' },
    AVSLAG: { description: 'Avslag.' },
    BEVILJAD_EFTER_NY_PROVNING: { description: 'Beviljad efter ny prövning.' },
    DELVIS_BEVILJAD_EFTER_NY_PROVNING: { description: 'Delvis beviljad efter ny prövning.' },
  },
});

@ObjectType('Decision', { description: 'Beslut: MiG:s beslut på en ansökan om statlig ersättning.' })
@Directive('@key(fields: "id")')
export class Decision {
  @Field(() => ID, { description: 'Beslutets id.' })
  id!: string;

  @Field({ description: 'MiG:s diarienummer för ansökan.' })
  migCaseNumber!: string;

  @Field(() => DecisionOutcome, { description: 'Beslutets utfall.' })
  outcome!: DecisionOutcome;

  @Field({ description: 'Beslutets utfall på svenska.' })
  outcomeLabel!: string;

  @Field(() => DateScalar, { description: 'Beslutsdatum.' })
  decidedAt!: string;

  @Field(() => MoneyScalar, { description: 'Beviljat belopp i öre (0 vid avslag eller avvisning).' })
  grantedAmount!: number;

  @Field(() => DateScalar, { description: 'Datum då beslutet vinner laga kraft om det inte överklagas: beslutsdatum plus tre veckor (regeln är en inställning).' })
  finalAt!: string;

  @Field(() => DateTimeScalar, { description: 'När beslutet registrerades i systemet.' })
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: 'Ersättningskod (Ersättning), t.ex. FSKA.' }) claimTypeCode!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Beslutad period, första dag.' }) periodFrom!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Beslutad period, sista dag.' }) periodTo!: string | null;
  @Field(() => String, { nullable: true, description: 'MiG:s individnummer som det stod i beslutet.' }) migIndividualNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'Födelsedata som MiG angav.' }) birthData!: string | null;
  @Field(() => String, { nullable: true, description: 'Namnet som MiG angav (tas bort vid gallring).' }) personName!: string | null;
  @Field(() => String, { nullable: true, description: 'MiG:s referens.' }) reference!: string | null;
  @Field(() => MoneyScalar, { description: 'Utbetalt hittills enligt MiG:s utbetalningsspecifikationer, i öre.' }) paidAmount!: number;
  @Field(() => DateScalar, { nullable: true, description: 'Senaste utbetalning.' }) paidOn!: string | null;
  @Field({ description: 'Beslutet är överklagat (vinner då inte laga kraft på laga kraft-datumet).' }) appealed!: boolean;
  @Field({ description: 'Beslutet har vunnit laga kraft: tiden för överklagande har gått ut och det är inte överklagat.' }) isFinal!: boolean;
  @Field(() => DateScalar, { nullable: true, description: 'Gallringsdatum: laga kraft plus tre veckor om inget annat satts.' }) purgeAt!: string | null;
  @Field({ description: 'Gallringsdatumet är satt för hand.' }) purgeAtManual!: boolean;
  @Field({ description: 'IMPORT, OCR eller MANUAL.' }) source!: string;
  @Field({ description: 'Källan på svenska.' }) sourceLabel!: string;
  @Field(() => ID, { nullable: true, description: 'Importen beslutet senast kom från.' }) importId!: string | null;
  @Field(() => String, { nullable: true, description: 'Vem som registrerade eller senast ändrade beslutet.' }) recordedBy!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) updatedAt!: Date | null;

  claimId!: string | null;
  personId!: string | null;
  districtCode!: string | null;
}

const SOURCE_LABELS: Record<string, string> = { IMPORT: 'Import från MiG', OCR: 'Skannad lista', MANUAL: 'Registrerat för hand' };

export function toDecision(row: DecisionRow): Decision {
  return {
    id: row.id,
    migCaseNumber: row.migCaseNumber,
    outcome: row.outcome,
    outcomeLabel: DECISION_OUTCOME_LABELS[row.outcome],
    decidedAt: row.decidedAt,
    grantedAmount: Number(row.grantedAmount),
    finalAt: row.finalAt,
    createdAt: row.createdAt,
    claimTypeCode: row.claimTypeCode ?? null,
    periodFrom: row.periodFrom ?? null,
    periodTo: row.periodTo ?? null,
    migIndividualNumber: row.migIndividualNumber ?? null,
    birthData: row.birthData ?? null,
    personName: row.personName ?? null,
    reference: row.reference ?? null,
    paidAmount: Number(row.paidAmount ?? 0),
    paidOn: row.paidOn ?? null,
    appealed: Boolean(row.appealed),
    isFinal: isFinal({ finalAt: String(row.finalAt), appealed: Boolean(row.appealed) }, new Date().toISOString().slice(0, 10)),
    purgeAt: row.purgeAt ?? null,
    purgeAtManual: Boolean(row.purgeAtManual),
    source: row.source ?? 'MANUAL',
    sourceLabel: SOURCE_LABELS[row.source ?? 'MANUAL'] ?? row.source,
    importId: row.importId ?? null,
    recordedBy: row.recordedBy ?? null,
    updatedAt: row.updatedAt ?? null,
    claimId: row.claimId ?? null,
    personId: row.personId ?? null,
    districtCode: row.districtCode ?? null,
  };
}

@ObjectType('DecisionEdge', { description: 'Ett beslut i en lista.' })
export class DecisionEdge {
  @Field({ description: 'Markör för posten.' }) cursor!: string;
  @Field(() => Decision, { description: 'Beslutet.' }) node!: Decision;
}

@ObjectType('DecisionConnection', { description: 'Sida av beslut.' })
export class DecisionConnection {
  @Field(() => Int, { description: 'Totalt antal träffar.' }) totalCount!: number;
  @Field(() => [DecisionEdge], { description: 'Träffarna på denna sida.' }) edges!: DecisionEdge[];
  @Field(() => PageInfo, { description: 'Sidinformation.' }) pageInfo!: PageInfo;
}
