import { DateTimeScalar } from '@statsbidrag/graphql-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import type { DecisionSettingsRow } from '../../settings/infra/decision-settings.entity.js';

@ObjectType('DecisionSettings', { description: 'Regler för laga kraft och gallring av beslut (systemförvaltaren ändrar dem).' })
export class DecisionSettings {
  @Field(() => Int, { description: 'Laga kraft: antal dagar efter beslutsdatum (tre veckor = 21).' }) appealDays!: number;
  @Field(() => Int, { description: 'Gallring: antal dagar efter laga kraft (tre veckor = 21).' }) purgeDaysAfterFinal!: number;
  @Field(() => String, { nullable: true }) updatedBy!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) updatedAt!: Date | null;
}

export const toSettings = (row: DecisionSettingsRow): DecisionSettings => ({ appealDays: row.appealDays, purgeDaysAfterFinal: row.purgeDaysAfterFinal, updatedBy: row.updatedBy ?? null, updatedAt: row.updatedAt ?? null });
