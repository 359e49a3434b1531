/** Claim status codes ("kodverk"), corrected spelling from the glossary. */
export const ClaimStatus = {
  INITIERAD_AV_SDF: 'INITIERAD_AV_SDF',
  UNDERLAG_FRAN_SDF_INKOMMEN: 'UNDERLAG_FRAN_SDF_INKOMMEN',
  INITIERAD_TILL_SDF: 'INITIERAD_TILL_SDF',
  ATERSOKNING_BEKRAFTAD_SDF: 'ATERSOKNING_BEKRAFTAD_SDF',
  ATERSOKNING_AVVISAD_SDF: 'ATERSOKNING_AVVISAD_SDF',
  ATERSOK_ACCEPTERAD_AMF: 'ATERSOK_ACCEPTERAD_AMF',
  ATERSOK_AVVISA_AMF: 'ATERSOK_AVVISA_AMF',
  ATERSOK_FORBEREDS_AMF: 'ATERSOK_FORBEREDS_AMF',
  KOMPLETTERING_FRAN_SDF_BEGARD: 'KOMPLETTERING_FRAN_SDF_BEGARD',
  KOMPLETTERING_FRAN_SDF_INKOMMEN: 'KOMPLETTERING_FRAN_SDF_INKOMMEN',
  ATERSOKNING_INSKICKAD_MIG: 'ATERSOKNING_INSKICKAD_MIG',
  BESLUTAD: 'BESLUTAD',
  DELVIS_BEVILJAT: 'DELVIS_BEVILJAT',
  UTBETALD: 'UTBETALD',
  FARDIGBEHANDLAT: 'FARDIGBEHANDLAT',
} as const;
export type ClaimStatus = (typeof ClaimStatus)[keyof typeof ClaimStatus];

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  INITIERAD_AV_SDF: 'Initierad av SDF',
  UNDERLAG_FRAN_SDF_INKOMMEN: 'Underlag från SDF inkommet',
  INITIERAD_TILL_SDF: 'Initierad till SDF',
  ATERSOKNING_BEKRAFTAD_SDF: 'Återsökning bekräftad av SDF',
  ATERSOKNING_AVVISAD_SDF: 'Återsökning avvisad av SDF',
  ATERSOK_ACCEPTERAD_AMF: 'Återsökning accepterad av AmF',
  ATERSOK_AVVISA_AMF: 'Återsökning avvisad av AmF',
  ATERSOK_FORBEREDS_AMF: 'Återsökning förbereds av AmF',
  KOMPLETTERING_FRAN_SDF_BEGARD: 'Komplettering från SDF begärd',
  KOMPLETTERING_FRAN_SDF_INKOMMEN: 'Komplettering från SDF inkommen',
  ATERSOKNING_INSKICKAD_MIG: 'Återsökning inskickad till MiG',
  BESLUTAD: 'Beslutad',
  DELVIS_BEVILJAT: 'Delvis beviljat',
  UTBETALD: 'Utbetald',
  FARDIGBEHANDLAT: 'Färdigbehandlat',
};

export const ALL_CLAIM_STATUSES: readonly ClaimStatus[] = Object.values(ClaimStatus);

/** Who started the claim (återsökningsuppdrag). */
export const ClaimInitiator = { DISTRICT: 'DISTRICT', AMF: 'AMF' } as const;
export type ClaimInitiator = (typeof ClaimInitiator)[keyof typeof ClaimInitiator];

/**
 * Statuses in which a claim is no longer a current case (aktuell återsökning): rejected by the
 * district or AmF, paid, or finished. A person's grant handling can be closed only when none of
 * their claims is in any other status.
 */
export const CLOSED_CLAIM_STATUSES: readonly ClaimStatus[] = [
  ClaimStatus.ATERSOKNING_AVVISAD_SDF,
  ClaimStatus.ATERSOK_AVVISA_AMF,
  ClaimStatus.UTBETALD,
  ClaimStatus.FARDIGBEHANDLAT,
];

export function isClaimOpen(status: ClaimStatus): boolean {
  return !CLOSED_CLAIM_STATUSES.includes(status);
}
