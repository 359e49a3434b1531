/**
 * Whether the person's address and district are known, as the latest EPS extract said.
 * Flagged persons are listed as deviations by allocation.
 */
export const AddressStatus = {
  OK: 'OK',
  MISSING_ADDRESS: 'MISSING_ADDRESS',
  UNKNOWN_DISTRICT: 'UNKNOWN_DISTRICT',
} as const;
export type AddressStatus = (typeof AddressStatus)[keyof typeof AddressStatus];

export const ADDRESS_STATUS_LABELS: Record<AddressStatus, string> = {
  OK: 'Ingen avvikelse',
  MISSING_ADDRESS: 'Adress saknas',
  UNKNOWN_DISTRICT: 'Okänd stadsdel',
};

export function isAddressStatus(value: unknown): value is AddressStatus {
  return typeof value === 'string' && value in ADDRESS_STATUS_LABELS;
}

/** A person without an address is MISSING_ADDRESS; with an address but no known district, UNKNOWN_DISTRICT. */
export function addressStatusOf(address: string | null, districtCode: string | null): AddressStatus {
  if (!address) return AddressStatus.MISSING_ADDRESS;
  if (!districtCode) return AddressStatus.UNKNOWN_DISTRICT;
  return AddressStatus.OK;
}
