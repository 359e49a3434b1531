import { DateScalar, MoneyScalar, PageInfo } from '@statsbidrag/graphql-kit';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '@statsbidrag/graphql-kit';
import { DECISION_OUTCOME_LABELS, DecisionOutcome } from '../domain/decision.js';
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

  @Field(() => DateScalar, { description: 'Datum då beslutet vinner laga kraft om det inte överklagas: beslutsdatum plus tre veckor.' })
  finalAt!: string;

  @Field(() => DateTimeScalar, { description: 'När beslutet registrerades i systemet.' })
  createdAt!: Date;

  claimId!: string | null;
  personId!: string | null;
  districtCode!: string | null;
}

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
