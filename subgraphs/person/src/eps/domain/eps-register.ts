/**
 * EPS (Stockholm's electronic person register, KIR): gives a person's registration address and,
 * from it, the district. EPS is outside the city's reach from here, so the application depends on
 * this port; the adapter today is the imported extract (`ExtractEpsRegister`), never a network call.
 */
export interface EpsIdentifiers {
  personalIdentityNumber?: string | null;
  migIndividualNumber?: string | null;
}

export interface EpsRegistration {
  personalIdentityNumber: string | null;
  migIndividualNumber: string | null;
  firstName: string | null;
  lastName: string | null;
  address: string | null;
  postalCode: string | null;
  registeredAt: string | null;
  /** `Eps_Stadsdelsnamndskod` as EPS gave it. */
  districtCode: string | null;
  /** `Eps_stadsdelsnamnd` as EPS gave it. */
  districtName: string | null;
}

export interface EpsRegister {
  /** The person's registration, found by any identifier; null when EPS does not know the person. */
  lookup(identifiers: EpsIdentifiers): Promise<EpsRegistration | null>;
}
