import { Alert } from '@statsbidrag/ui';
import { MIG_IMPORT_PATH, MIG_IMPORT_RUN_ROLES, hasAnyRole } from '../mig-import-roles.js';
import { ImportForm } from './import-form.js';
import { ImportList } from './import-list.js';
import { ImportNav } from './import-nav.js';

export interface ImportPageProps {
  roles: readonly string[];
  navigate: (url: string) => void;
}

/** "Importer från MiG": the upload form (coordinator, administrator) and the list of imports. */
export function ImportPage({ roles, navigate }: ImportPageProps) {
  return (
    <section className="mig-import" aria-labelledby="mig-import-heading">
      <h1 id="mig-import-heading">Importer från MiG</h1>
      <ImportNav current={MIG_IMPORT_PATH} roles={roles} navigate={navigate} />
      <p>
        Läs in beslut och utbetalningsspecifikationer som exporterats från Migrationsverkets e-tjänst. Varje rad kontrolleras; rader som inte kan
        kopplas till en återsökning eller person hamnar som avvikelser som du kan åtgärda eller stänga.
      </p>
      {hasAnyRole(roles, MIG_IMPORT_RUN_ROLES) ? (
        <ImportForm navigate={navigate} />
      ) : (
        <Alert tone="info">Du kan se importerna men inte importera filer. Samordnare och administratörer importerar.</Alert>
      )}
      <ImportList navigate={navigate} />
    </section>
  );
}
