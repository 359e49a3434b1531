import { parseIdentityNumber } from '@statsbidrag/domain';
import type { EpsIdentifiers, EpsRegister, EpsRegistration } from '../domain/eps-register.js';
import type { EpsRow } from '../domain/eps-row.js';

/**
 * The EPS adapter of today: answers from an imported extract (EPS itself cannot be reached).
 * When a person occurs in several rows, the one with the latest registration date wins.
 */
export class ExtractEpsRegister implements EpsRegister {
  private readonly byPin = new Map<string, EpsRegistration>();
  private readonly byMig = new Map<string, EpsRegistration>();

  constructor(rows: readonly EpsRow[]) {
    for (const row of rows) {
      const registration: EpsRegistration = {
        personalIdentityNumber: row.personalIdentityNumber,
        migIndividualNumber: row.migIndividualNumber,
        firstName: row.firstName,
        lastName: row.lastName,
        address: row.address,
        postalCode: row.postalCode,
        registeredAt: row.registeredAt,
        districtCode: row.districtCode,
        districtName: row.districtName,
      };
      const newer = (old: EpsRegistration | undefined) => !old || (registration.registeredAt ?? '') >= (old.registeredAt ?? '');
      if (row.personalIdentityNumber && newer(this.byPin.get(row.personalIdentityNumber))) this.byPin.set(row.personalIdentityNumber, registration);
      if (row.migIndividualNumber && newer(this.byMig.get(row.migIndividualNumber))) this.byMig.set(row.migIndividualNumber, registration);
    }
  }

  async lookup(identifiers: EpsIdentifiers): Promise<EpsRegistration | null> {
    const pin = identifiers.personalIdentityNumber ? parseIdentityNumber(identifiers.personalIdentityNumber) : null;
    if (pin?.ok && this.byPin.has(pin.normalised)) return this.byPin.get(pin.normalised)!;
    const mig = identifiers.migIndividualNumber?.trim();
    return (mig && this.byMig.get(mig)) || null;
  }
}
