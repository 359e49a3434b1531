/** Why a scan could not be read; stable codes for programs, a Swedish message for the user. */
export type ScanErrorReason = 'EMPTY' | 'UNSUPPORTED' | 'UNREADABLE' | 'TOO_LARGE' | 'NO_TABLE';

const ADVICE = 'Skanna listan i 300 dpi, rakt och i svartvitt eller gråskala, och ladda upp den igen.';

export const SCAN_MESSAGES: Readonly<Record<ScanErrorReason, string>> = {
  EMPTY: 'Filen är tom.',
  UNSUPPORTED: 'Filen är ingen PDF-, PNG- eller TIFF-bild.',
  TOO_LARGE: 'Filen är för stor: en inskannad lista får vara högst 10 MB. Skanna i 300 dpi och svartvitt, eller dela upp listan i flera filer.',
  UNREADABLE: `Filen gick inte att läsa som bild – den kan vara skadad eller lösenordsskyddad. ${ADVICE}`,
  NO_TABLE: `Ingen tabell med MiG:s kolumnrubriker (t.ex. Diarienummer, Individnummer, Belopp) hittades i bilden. ${ADVICE}`,
};

export class ScanError extends Error {
  override readonly name = 'ScanError';
  constructor(
    readonly reason: ScanErrorReason,
    message: string = SCAN_MESSAGES[reason],
    /** The underlying failure, for logs only (never shown to the user). */
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
