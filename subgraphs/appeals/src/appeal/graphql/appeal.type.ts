import { DateScalar, PageInfo } from '@statsbidrag/graphql-kit';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '@statsbidrag/graphql-kit';
import { APPEAL_STATUS_LABELS, AppealStatus } from '../domain/appeal.js';
import type { AppealRow } from '../infra/appeal.entity.js';

registerEnumType(AppealStatus, {
  name: 'AppealStatus',
  description: 'Var en överklagan befinner sig.',
  valuesConfig: {
    DRAFT: { description: 'Utkast: överklagan förbereds.' },
    APPEALED: { description: 'Överklagat: överklagan har lämnats till MiG.' },
    AT_ADMINISTRATIVE_COURT: { description: 'Målet ligger hos förvaltningsrätten.' },
    AT_COURT_OF_APPEAL: { description: 'Målet ligger hos kammarrätten.' },
    DECIDED: { description: 'Avgjort genom dom.' },
    WITHDRAWN: { description: 'Återkallat eller avskrivet.' },
  },
});

@ObjectType('Appeal', { description: 'Överklagan av ett beslut från MiG, till förvaltningsrätten och vidare till kammarrätten.' })
@Directive('@key(fields: "id")')
export class Appeal {
  @Field(() => ID, { description: 'Överklagans id.' })
  id!: string;

  @Field(() => AppealStatus, { description: 'Status.' })
  status!: AppealStatus;

  @Field({ description: 'Status på svenska.' })
  statusLabel!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Datum då beslutet överklagades (tomt för utkast).' })
  appealedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Förvaltningsrättens mål nr.' })
  administrativeCourtCaseNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'AmF:s diarienummer.' })
  amfCaseNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Fritext om överklagan, högst 4000 tecken.' })
  note!: string | null;

  @Field(() => DateTimeScalar, { description: 'När överklagan registrerades i systemet.' })
  createdAt!: Date;

  decisionId!: string;
  districtCode!: string | null;
}

export function toAppeal(row: AppealRow): Appeal {
  return {
    id: row.id,
    status: row.status,
    statusLabel: APPEAL_STATUS_LABELS[row.status],
    appealedAt: row.appealedAt ?? null,
    administrativeCourtCaseNumber: row.administrativeCourtCaseNumber ?? null,
    amfCaseNumber: row.amfCaseNumber ?? null,
    note: row.note ?? null,
    createdAt: row.createdAt,
    decisionId: row.decisionId,
    districtCode: row.districtCode ?? null,
  };
}

@ObjectType('AppealEdge', { description: 'En överklagan i en lista.' })
export class AppealEdge {
  @Field({ description: 'Markör för posten.' }) cursor!: string;
  @Field(() => Appeal, { description: 'Överklagan.' }) node!: Appeal;
}

@ObjectType('AppealConnection', { description: 'Sida av överklaganden.' })
export class AppealConnection {
  @Field(() => Int, { description: 'Totalt antal träffar.' }) totalCount!: number;
  @Field(() => [AppealEdge], { description: 'Träffarna på denna sida.' }) edges!: AppealEdge[];
  @Field(() => PageInfo, { description: 'Sidinformation.' }) pageInfo!: PageInfo;
}
