import '@statsbidrag/ui/styles.css';
import { AppShell } from '@statsbidrag/ui';
import { createRoot } from 'react-dom/client';

/** Standalone page of the remote: it only explains itself; the screens run inside the hosts. */
function Standalone() {
  return (
    <AppShell appName="Återsökningar – fjärrmodul">
      <h1>Återsökningar</h1>
      <p>
        Den här modulen visas inne i AmF-portalen och SDF-appen, som laddar den vid körning via{' '}
        <a href="mf-manifest.json">mf-manifest.json</a>.
      </p>
      <p>Moduler: claims/ClaimsList, claims/ClaimDetail, claims/routes.</p>
    </AppShell>
  );
}

createRoot(document.getElementById('root')!).render(<Standalone />);
