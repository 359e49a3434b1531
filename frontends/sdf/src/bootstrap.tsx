import '@statsbidrag/ui/styles.css';
import * as federation from '@module-federation/enhanced/runtime';
import { createClaimsRemote } from '@statsbidrag/ui/host';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { APP, SdfApp } from './app.js';

// The claims remote is registered from /config.json (remotes.claims) once it is loaded.
const claims = createClaimsRemote(federation, APP);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SdfApp onConfig={claims.register} loadClaimsList={claims.load} loadClaimDetail={claims.loadClaimDetail} loadClaimsScreen={claims.loadClaimsScreen} />
  </StrictMode>,
);
