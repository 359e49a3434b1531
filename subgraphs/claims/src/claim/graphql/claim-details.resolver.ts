import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { ClaimsContext } from '../../context.js';
import { importClaimProposals } from '../application/import-claim-proposals.js';
import { proposeClaim } from '../application/propose-claim.js';
import { assignClaimResponsible, updateClaimDetails } from '../application/update-claim-details.js';
import { describeEdit, editableDetails, ClaimDetailField } from '../domain/claim-details.js';
import {
  AssignClaimResponsibleInput,
  ClaimEdit,
  ClaimProposalImportResult,
  ImportClaimProposalsInput,
  ProposeClaimInput,
  UpdateClaimDetailsInput,
} from './claim-details.types.js';
import { toClaim } from './claim.mapper.js';
import { Claim } from './claim.type.js';

/**
 * AmF's proposals (step 1b, one or from Excel), the claim's details (unit, officer, amount, period,
 * claim type, person) and the responsible officer at AmF, with the history of edits.
 *
 * Who may change which detail when (`updateClaimDetails`; see domain/claim-details.ts `editableDetails`):
 *
 * | Role                               | Statuses                                                                                 | Details                                   |
 * |------------------------------------|------------------------------------------------------------------------------------------|-------------------------------------------|
 * | DISTRICT_CONTACT, DISTRICT_OFFICER | INITIERAD_AV_SDF, UNDERLAG_FRAN_SDF_INKOMMEN, INITIERAD_TILL_SDF, KOMPLETTERING_FRAN_SDF_BEGARD | unit, officer, amount, period      |
 * | DISTRICT_CONTACT, DISTRICT_OFFICER | ATERSOKNING_BEKRAFTAD_SDF, ATERSOK_ACCEPTERAD_AMF, ATERSOK_FORBEREDS_AMF, KOMPLETTERING_FRAN_SDF_INKOMMEN | unit, officer               |
 * | COORDINATOR                        | all eight above (up to ATERSOK_FORBEREDS_AMF)                                            | + claim type, person                      |
 * | anyone                             | ATERSOKNING_INSKICKAD_MIG and later; declined or rejected                                 | nothing (CONFLICT WRONG_STATUS)           |
 *
 * District users only on their own district's claims (another's: NOT_FOUND). A detail outside the
 * table: FORBIDDEN. A coordinator's edit of ATERSOK_ACCEPTERAD_AMF moves it to ATERSOK_FORBEREDS_AMF
 * ("Automatiskt: förberedelse påbörjad"). `assignClaimResponsible`: COORDINATOR, any status.
 */
@Resolver(() => Claim)
export class ClaimDetailsResolver {
  @Authorized(['COORDINATOR'])
  @Mutation(() => Claim, { description: 'AmF föreslår en återsökning till stadsdelen (steg 1b): status INITIERAD_TILL_SDF, stadsdelens kontaktperson aviseras.' })
  async proposeClaim(@Arg('input', () => ProposeClaimInput) input: ProposeClaimInput, @Ctx() { em, identity }: ClaimsContext): Promise<Claim> {
    return toClaim(await proposeClaim(em, identity, input));
  }

  @Authorized(['COORDINATOR'])
  @Mutation(() => ClaimProposalImportResult, {
    description: 'Förslag från en Excel-fil som lästs i webbläsaren (steg 1b). Giltiga rader blir återsökningar i en och samma transaktion; samma fil igen skapar inget.',
  })
  importClaimProposals(@Arg('input', () => ImportClaimProposalsInput) input: ImportClaimProposalsInput, @Ctx() { em, identity }: ClaimsContext): Promise<ClaimProposalImportResult> {
    return importClaimProposals(em, identity, input);
  }

  @Authorized(['COORDINATOR', 'DISTRICT_CONTACT', 'DISTRICT_OFFICER'])
  @Mutation(() => Claim, { description: 'Ändra återsökningens uppgifter (enhet, handläggare, belopp, period; AmF även ersättningstyp och person). Se Claim.editableDetails.' })
  async updateClaimDetails(@Arg('input', () => UpdateClaimDetailsInput) input: UpdateClaimDetailsInput, @Ctx() { em, identity }: ClaimsContext): Promise<Claim> {
    const { claimId, ...change } = input;
    return toClaim(await updateClaimDetails(em, identity, claimId, change));
  }

  @Authorized(['COORDINATOR'])
  @Mutation(() => Claim, { description: 'Ansvarig handläggare på AmF; tomt användarnamn lämnar tillbaka till Statsbidragsgruppen.' })
  async assignClaimResponsible(@Arg('input', () => AssignClaimResponsibleInput) input: AssignClaimResponsibleInput, @Ctx() { em, identity }: ClaimsContext): Promise<Claim> {
    return toClaim(await assignClaimResponsible(em, identity, input.claimId, input.username, input.reason));
  }

  @Authorized()
  @FieldResolver(() => [ClaimDetailField], { description: 'Uppgifter som du får ändra nu med updateClaimDetails.' })
  editableDetails(@Root() claim: Claim, @Ctx() { identity }: ClaimsContext): ClaimDetailField[] {
    return editableDetails({ status: claim.status, districtCode: claim.districtCode }, identity);
  }

  @Authorized()
  @FieldResolver(() => [ClaimEdit], { description: 'Ändringar av uppgifterna, äldst först (vem, när, före och efter, anledning).' })
  async edits(@Root() claim: Claim, @Ctx() { loaders }: ClaimsContext): Promise<ClaimEdit[]> {
    return (await loaders.editsByClaim.load(claim.id)).map((row) => ({
      at: row.changedAt, changedBy: row.changedBy, changes: describeEdit(row.before, row.after), reason: row.reason ?? null,
    }));
  }
}
