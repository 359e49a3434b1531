import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CLAIM_STATUS_LABELS, isUuid, type ClaimStatus, type Identity } from '@statsbidrag/domain';
import { DomainError, ErrorCode, ValidationError, type FieldProblem } from '@statsbidrag/graphql-kit';
import { randomUUID } from 'node:crypto';
import { stockholmDate } from '../../claim/application/change-claim-status.js';
import { ClaimEntity, type ClaimRow } from '../../claim/infra/claim.entity.js';
import {
  COMPILABLE_STATUSES,
  formatApplicationReference,
  MAX_CLAIMS_PER_APPLICATION,
  MAX_COMMENT_LENGTH,
  referenceNumber,
  validateApplicant,
  type ApplicantInputValues,
} from '../domain/mig-application.js';
import { MigApplicationClaimEntity, MigApplicationEntity, type MigApplicationRow } from '../infra/mig-application.entity.js';

export interface CompileInput {
  claimIds: string[];
  applicant: ApplicantInputValues;
  districtComments?: { districtCode: string; comment: string }[] | null;
}

const MAX_REFERENCE_ATTEMPTS = 5;

function badInput(field: string, reason: string, message: string, extra: Record<string, unknown> = {}): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, message, { field, reason, ...extra });
}

/**
 * Step 5.1: the coordinator compiles claims of one type into an application to MiG. The record keeps
 * the claims in the given order, the applicant block as printed and a comment per cost-bearing district.
 */
export async function compileMigApplication(em: EntityManager, identity: Identity, input: CompileInput): Promise<MigApplicationRow> {
  const claimIds = input.claimIds ?? [];
  if (claimIds.length < 1) throw badInput('claimIds', 'REQUIRED', 'Välj minst en återsökning.');
  if (claimIds.length > MAX_CLAIMS_PER_APPLICATION) throw badInput('claimIds', 'TOO_MANY', `En ansökan får innehålla högst ${MAX_CLAIMS_PER_APPLICATION} återsökningar.`);
  if (new Set(claimIds).size !== claimIds.length) throw badInput('claimIds', 'DUPLICATE', 'Samma återsökning är vald flera gånger.');
  const malformed = claimIds.filter((id) => !isUuid(id));
  if (malformed.length) throw badInput('claimIds', 'NOT_FOUND', `Återsökningarna finns inte: ${malformed.join(', ')}.`, { claimIds: malformed });

  const { applicant, problems } = validateApplicant(input.applicant ?? {});

  const claims = await em.find(ClaimEntity, { id: { $in: claimIds } });
  const byId = new Map(claims.map((c) => [c.id, c]));
  const missing = claimIds.filter((id) => !byId.has(id));
  if (missing.length) throw badInput('claimIds', 'NOT_FOUND', `Återsökningarna finns inte: ${missing.join(', ')}.`, { claimIds: missing });
  const ordered = claimIds.map((id) => byId.get(id)!);

  const types = [...new Set(ordered.map((c) => c.claimTypeCode))];
  if (types.length > 1) {
    throw badInput('claimIds', 'MIXED_CLAIM_TYPES', `Alla återsökningar i en ansökan måste ha samma ersättningstyp; valda har ${types.join(', ')}.`, { claimTypeCodes: types });
  }
  const wrongStatus = ordered.filter((c) => !(COMPILABLE_STATUSES as readonly string[]).includes(c.status));
  if (wrongStatus.length) {
    const labels = COMPILABLE_STATUSES.map((s) => `"${CLAIM_STATUS_LABELS[s as ClaimStatus]}"`).join(' eller ');
    throw badInput('claimIds', 'WRONG_STATUS', `Bara återsökningar med status ${labels} kan ingå i en ansökan. Dessa har annan status: ${wrongStatus.map((c) => c.id).join(', ')}.`, {
      claimIds: wrongStatus.map((c) => c.id),
    });
  }
  const incomplete = ordered.filter((c) => c.amountOre == null || !c.periodFrom || !c.periodTo);
  if (incomplete.length) {
    throw badInput('claimIds', 'INCOMPLETE', `Belopp och period måste vara ifyllda. Saknas för: ${incomplete.map((c) => c.id).join(', ')}.`, {
      claimIds: incomplete.map((c) => c.id),
    });
  }

  const districts = new Set(ordered.map((c) => c.districtCode));
  const comments: Record<string, string> = {};
  (input.districtComments ?? []).forEach((dc, i) => {
    const code = (dc.districtCode ?? '').trim();
    const text = (dc.comment ?? '').trim();
    const field = `districtComments.${i}.comment`;
    if (!districts.has(code)) {
      problems.push({ field: `districtComments.${i}.districtCode`, reason: 'UNKNOWN_DISTRICT', message: `Stadsdelen ${code || '(tom)'} är inte kostnadsbärande för någon av de valda återsökningarna.` });
    } else if (code in comments) {
      problems.push({ field: `districtComments.${i}.districtCode`, reason: 'DUPLICATE', message: `Stadsdelen ${code} har fler än en kommentar.` });
    } else if (text.length > MAX_COMMENT_LENGTH) {
      problems.push({ field, reason: 'TOO_LONG', message: `Kommentaren för ${code} får vara högst ${MAX_COMMENT_LENGTH} tecken.` });
    } else if (text) {
      comments[code] = text;
    }
  });
  if (problems.length) throw ValidationError.of(problems as FieldProblem[]);

  const periodFrom = ordered.map((c) => c.periodFrom!).reduce((a, b) => (b < a ? b : a));
  const periodTo = ordered.map((c) => c.periodTo!).reduce((a, b) => (b > a ? b : a));
  const year = Number(stockholmDate().slice(0, 4));

  for (let attempt = 1; ; attempt++) {
    try {
      return await em.fork().transactional(async (tx) => {
        const latest = await tx.findOne(MigApplicationEntity, { reference: { $like: `ANS-${year}-%` } }, { orderBy: { reference: 'desc' } });
        const row = tx.create(MigApplicationEntity, {
          id: randomUUID(),
          reference: formatApplicationReference(year, referenceNumber(latest?.reference) + 1),
          claimTypeCode: types[0]!,
          periodFrom,
          periodTo,
          applicant,
          districtComments: comments,
          createdBy: identity.sub,
          createdAt: new Date(),
        });
        ordered.forEach((c: ClaimRow, position) => tx.create(MigApplicationClaimEntity, { applicationId: row.id, claimId: c.id, position }));
        await tx.flush();
        return row;
      });
    } catch (e) {
      if (!(e instanceof UniqueConstraintViolationException) || attempt >= MAX_REFERENCE_ATTEMPTS) throw e;
    }
  }
}
