import { FLAT_RATE_IMPORTS_PATH, FLAT_RATE_RUN_ROLES, hasAnyRole } from '../flat-rate-roles.js';
import { FlatRateImportForm } from './flat-rate-import-form.js';
import { FlatRateImportList } from './flat-rate-import-list.js';
import { FlatRateNav } from './flat-rate-nav.js';

export interface FlatRatePageProps {
  roles: readonly string[];
  navigate: (url: string) => void;
}

/** "Importer av schabloner": the upload form and the list of imports (coordinator, administrator). */
export function FlatRateImportPage({ roles, navigate, pollMs }: FlatRatePageProps & { pollMs?: number }) {
  const mayRun = hasAnyRole(roles, FLAT_RATE_RUN_ROLES);
  return (
    <section className="mig-import" aria-labelledby="flat-rate-import-heading">
      <h1 id="flat-rate-import-heading">Importer av schabloner</h1>
      <FlatRateNav current={FLAT_RATE_IMPORTS_PATH} roles={roles} navigate={navigate} />
      <p>
        Läs in generalschablonen (textfilen från MiG) och schabloner från e-tjänsten. Varje rad kontrolleras; rader som inte kan kopplas till en person
        eller stadsdel hamnar som avvikelser som du kan rätta, koppla eller stänga.
      </p>
      {mayRun && <FlatRateImportForm navigate={navigate} />}
      <FlatRateImportList navigate={navigate} mayRun={mayRun} pollMs={pollMs} />
    </section>
  );
}
