import { isUuid, type ClaimStatus } from '@statsbidrag/domain';
import { NotFoundError } from '@statsbidrag/graphql-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ClaimsContext } from '../../context.js';
import { toClaim } from '../../claim/graphql/claim.mapper.js';
import { Claim, ClaimType } from '../../claim/graphql/claim.type.js';
import {
  addClaimAttachment,
  missingAttachmentKinds,
  removeClaimAttachment,
  removeClaimAttachmentPages,
  renameClaimAttachment,
} from '../application/claim-attachments.js';
import { AttachmentKind, isAttachmentKind, mayChangeAttachments, MediaType, type AttachmentAction } from '../domain/attachment.js';
import { pdfPageCount } from '../infra/pdf.js';
import { toClaimAttachment } from './attachment.mapper.js';
import {
  AddClaimAttachmentInput,
  ClaimAttachment,
  RemoveClaimAttachmentInput,
  RemoveClaimAttachmentPagesInput,
  RenameClaimAttachmentInput,
} from './attachment.type.js';

/** Who may attach files at all (the claim's district and status are checked in the application layer). */
const EDITORS = ['COORDINATOR', 'DISTRICT_OFFICER', 'DISTRICT_CONTACT'] as const;
const AMF = ['COORDINATOR'] as const;
/** Who may open the files themselves (receipts, decisions, medical records): those who handle claims. Others see what is attached, not the contents. */
const FILE_READERS = ['COORDINATOR', 'ADMINISTRATOR', 'DISTRICT_OFFICER', 'DISTRICT_CONTACT'] as const;

/** The claim's attachments: fields on Claim, the mutations and the single-attachment query. */
@Resolver(() => Claim)
export class ClaimAttachmentsResolver {
  @Authorized()
  @FieldResolver(() => [ClaimAttachment], { description: 'Bilagor, äldst först: aktuella, och med includeSuperseded även ersatta original. Borttagna visas aldrig.' })
  async attachments(
    @Root() claim: Claim,
    @Ctx() { loaders }: ClaimsContext,
    @Arg('includeSuperseded', () => Boolean, { defaultValue: false, description: 'Ta med original som ersatts av ett utdrag.' }) includeSuperseded: boolean,
  ): Promise<ClaimAttachment[]> {
    const rows = await loaders.attachmentsByClaim.load(claim.id);
    return rows.filter((a) => includeSuperseded || !a.supersededAt).map(toClaimAttachment);
  }

  @Authorized()
  @FieldResolver(() => [AttachmentKind], { description: 'Bilagetyper som återsökningstypen kräver men som saknas.' })
  async missingAttachmentKinds(@Root() claim: Claim, @Ctx() { loaders }: ClaimsContext): Promise<AttachmentKind[]> {
    const [type, rows] = await Promise.all([loaders.claimType.load(claim.claimTypeCode), loaders.attachmentsByClaim.load(claim.id)]);
    return missingAttachmentKinds(type?.requiredAttachmentKinds ?? [], rows);
  }

  @Authorized()
  @FieldResolver(() => Boolean, { description: 'Om du får lägga till bilagor nu.' })
  canAddAttachments(@Root() claim: Claim, @Ctx() { identity }: ClaimsContext): boolean {
    return mayChangeAttachments(identity, { status: claim.status, districtCode: claim.districtCode }, 'ADD');
  }

  @Authorized()
  @Query(() => ClaimAttachment, { nullable: true, description: 'En bilaga. Tomt om den inte finns, är borttagen eller hör till en annan stadsdels återsökning.' })
  async claimAttachment(@Arg('id', () => ID) id: string, @Ctx() { loaders }: ClaimsContext): Promise<ClaimAttachment | null> {
    if (!isUuid(id)) return null;
    const row = await loaders.attachment.load(id);
    if (!row || !(await loaders.claim.load(row.claimId))) return null;
    return toClaimAttachment(row);
  }

  @Authorized([...EDITORS])
  @Mutation(() => ClaimAttachment, {
    description:
      'Lägg till en fil. Stadsdelen: medan återsökningen är hos stadsdelen eller väntar på AmF; när alla bilagetyper som krävs finns går en återsökning i INITIERAD_AV_SDF automatiskt till UNDERLAG_FRAN_SDF_INKOMMEN. ' +
      'AmF: fram till att ansökan skickas till MiG; i ATERSOK_ACCEPTERAD_AMF börjar förberedelsen automatiskt (ATERSOK_FORBEREDS_AMF).',
  })
  async addClaimAttachment(@Arg('input', () => AddClaimAttachmentInput) input: AddClaimAttachmentInput, @Ctx() { em, identity }: ClaimsContext): Promise<ClaimAttachment> {
    return toClaimAttachment(await addClaimAttachment(em, identity, input));
  }

  @Authorized([...AMF])
  @Mutation(() => ClaimAttachment, { description: 'AmF byter namn på en bilaga; filändelsen måste passa filtypen.' })
  async renameClaimAttachment(@Arg('input', () => RenameClaimAttachmentInput) input: RenameClaimAttachmentInput, @Ctx() { em, identity }: ClaimsContext): Promise<ClaimAttachment> {
    return toClaimAttachment(await renameClaimAttachment(em, identity, input.attachmentId, input.fileName));
  }

  @Authorized([...EDITORS])
  @Mutation(() => ClaimAttachment, { description: 'Ta bort en bilaga (AmF före inskick till MiG; stadsdelen bara egna filer medan återsökningen är hos stadsdelen). Raden sparas.' })
  async removeClaimAttachment(@Arg('input', () => RemoveClaimAttachmentInput) input: RemoveClaimAttachmentInput, @Ctx() { em, identity }: ClaimsContext): Promise<ClaimAttachment> {
    return toClaimAttachment(await removeClaimAttachment(em, identity, input.attachmentId, input.reason));
  }

  @Authorized([...AMF])
  @Mutation(() => ClaimAttachment, { description: 'AmF tar bort sidor ur en PDF. Svaret är den nya versionen; originalet sparas som ersatt.' })
  async removeClaimAttachmentPages(@Arg('input', () => RemoveClaimAttachmentPagesInput) input: RemoveClaimAttachmentPagesInput, @Ctx() { em, identity }: ClaimsContext): Promise<ClaimAttachment> {
    return toClaimAttachment(await removeClaimAttachmentPages(em, identity, input.attachmentId, input.pages));
  }
}

/** Fields of an attachment that need more than its row. */
@Resolver(() => ClaimAttachment)
export class ClaimAttachmentFieldsResolver {
  @Authorized()
  @FieldResolver(() => Claim, { description: 'Återsökningen (med dess status efter en automatisk statusändring).' })
  async claim(@Root() attachment: ClaimAttachment, @Ctx() { loaders }: ClaimsContext): Promise<Claim> {
    const row = await loaders.claim.load(attachment.claimId);
    if (!row) throw new NotFoundError('Återsökningen finns inte.');
    return toClaim(row);
  }

  @Authorized()
  @FieldResolver(() => ClaimAttachment, { nullable: true, description: 'Originalet som den här filen gjordes av (sidor borttagna).' })
  async derivedFrom(@Root() attachment: ClaimAttachment, @Ctx() { loaders }: ClaimsContext): Promise<ClaimAttachment | null> {
    if (!attachment.derivedFromId) return null;
    const row = await loaders.attachment.load(attachment.derivedFromId);
    return row ? toClaimAttachment(row) : null;
  }

  @Authorized()
  @FieldResolver(() => Int, { nullable: true, description: 'Antal sidor (bara PDF; tomt om filen inte kan läsas).' })
  async pageCount(@Root() attachment: ClaimAttachment, @Ctx() { loaders }: ClaimsContext): Promise<number | null> {
    if (attachment.mediaType !== MediaType.PDF) return null;
    // Counted on arrival; only files stored before that column existed are read here.
    if (attachment.storedPageCount != null) return attachment.storedPageCount;
    const content = await loaders.attachmentContent.load(attachment.id);
    return content ? pdfPageCount(content) : null;
  }

  @Authorized([...FILE_READERS])
  @FieldResolver(() => String, { description: 'Filens innehåll, base64-kodat (för nedladdning; hämtas bara när fältet efterfrågas). Bara för dem som handlägger återsökningar.' })
  async contentBase64(@Root() attachment: ClaimAttachment, @Ctx() { loaders }: ClaimsContext): Promise<string> {
    const content = await loaders.attachmentContent.load(attachment.id);
    return content ? content.toString('base64') : '';
  }

  private async may(attachment: ClaimAttachment, ctx: ClaimsContext, action: AttachmentAction): Promise<boolean> {
    if (attachment.superseded) return false;
    const claim = await ctx.loaders.claim.load(attachment.claimId);
    return !!claim && mayChangeAttachments(ctx.identity, { status: claim.status as ClaimStatus, districtCode: claim.districtCode }, action, attachment.uploadedBy);
  }

  @Authorized()
  @FieldResolver(() => Boolean, { description: 'Om du får öppna filen (contentBase64): de som handlägger återsökningar.' })
  canDownload(@Ctx() { identity }: ClaimsContext): boolean {
    return identity.roles.some((role) => (FILE_READERS as readonly string[]).includes(role));
  }

  @Authorized()
  @FieldResolver(() => Boolean, { description: 'Om du får byta namn på bilagan nu.' })
  canRename(@Root() attachment: ClaimAttachment, @Ctx() ctx: ClaimsContext): Promise<boolean> {
    return this.may(attachment, ctx, 'RENAME');
  }

  @Authorized()
  @FieldResolver(() => Boolean, { description: 'Om du får ta bort bilagan nu.' })
  canRemove(@Root() attachment: ClaimAttachment, @Ctx() ctx: ClaimsContext): Promise<boolean> {
    return this.may(attachment, ctx, 'REMOVE');
  }

  @Authorized()
  @FieldResolver(() => Boolean, { description: 'Om du får ta bort sidor ur bilagan nu (bara PDF).' })
  async canRemovePages(@Root() attachment: ClaimAttachment, @Ctx() ctx: ClaimsContext): Promise<boolean> {
    return attachment.mediaType === MediaType.PDF && (await this.may(attachment, ctx, 'REMOVE_PAGES'));
  }
}

/** The kinds of attachment a claim type requires. */
@Resolver(() => ClaimType)
export class ClaimTypeAttachmentsResolver {
  @Authorized()
  @FieldResolver(() => [AttachmentKind], { description: 'Bilagetyper som återsökningstypen kräver.' })
  async requiredAttachmentKinds(@Root() type: ClaimType, @Ctx() { loaders }: ClaimsContext): Promise<AttachmentKind[]> {
    const row = await loaders.claimType.load(type.code);
    return (row?.requiredAttachmentKinds ?? []).filter(isAttachmentKind);
  }
}

export const ATTACHMENT_RESOLVERS = [ClaimAttachmentsResolver, ClaimAttachmentFieldsResolver, ClaimTypeAttachmentsResolver] as const;
