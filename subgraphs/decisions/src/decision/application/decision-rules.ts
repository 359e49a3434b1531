import type { EntityManager } from '@mikro-orm/postgresql';
import { DecisionSettingsEntity } from '../../settings/infra/decision-settings.entity.js';
import { DEFAULT_DECISION_RULES, type DecisionRules } from '../domain/decision-dates.js';

/** The current rules (settings row 1; the defaults if it is missing). */
export async function loadDecisionRules(em: EntityManager): Promise<DecisionRules> {
  const row = await em.findOne(DecisionSettingsEntity, { id: 1 }, { disableIdentityMap: true });
  return row ? { appealDays: row.appealDays, purgeDaysAfterFinal: row.purgeDaysAfterFinal } : DEFAULT_DECISION_RULES;
}
