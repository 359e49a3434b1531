import { AppLink } from '@statsbidrag/ui';
import { ORGANISATION_PATH, ORGANISATION_SECTIONS, type OrganisationSection } from '../organisation-roles.js';
import { ApplicantProfileSection } from './applicant-profile-section.js';
import { DistrictsSection } from './districts-section.js';
import { CompensationTypesSection } from './compensation-types-section.js';
import { DefaultOfficersSection } from './default-officers-section.js';
import { StaffSection } from './staff-section.js';
import { UnitsSection } from './units-section.js';

export interface OrganisationPageProps {
  /** The section from the URL (`/organisation/:section`); "kommun" when none. */
  section?: string;
  navigate: (url: string) => void;
}

export function isOrganisationSection(value: string | undefined): value is OrganisationSection {
  return ORGANISATION_SECTIONS.some((s) => s.id === value);
}

/**
 * "Organisation" (system administrator): the applicant municipality, the districts (validity,
 * successor, contact person), their units, the staff, the default officer per claim type and
 * MiG's compensation codes.
 */
export function OrganisationPage({ section, navigate }: OrganisationPageProps) {
  const current: OrganisationSection = isOrganisationSection(section) ? section : 'kommun';
  return (
    <section className="organisation" aria-labelledby="organisation-heading">
      <h1 id="organisation-heading">Organisation</h1>
      <nav aria-label="Organisation" className="organisation__nav">
        <ul>
          {ORGANISATION_SECTIONS.map((s) => (
            <li key={s.id}>
              <AppLink href={`${ORGANISATION_PATH}/${s.id}`} onNavigate={navigate} aria-current={s.id === current ? 'page' : undefined}>
                {s.label}
              </AppLink>
            </li>
          ))}
        </ul>
      </nav>
      {current === 'kommun' && <ApplicantProfileSection />}
      {current === 'stadsdelar' && <DistrictsSection />}
      {current === 'enheter' && <UnitsSection />}
      {current === 'personal' && <StaffSection />}
      {current === 'handlaggare' && <DefaultOfficersSection />}
      {current === 'ersattningskoder' && <CompensationTypesSection />}
    </section>
  );
}
