// Module Federation HOST "portal" (port 3000): remotes are registered at run time from /config.json.
import { federatedConfig } from '@statsbidrag/mf-config';

export default federatedConfig({ base: import.meta.url, name: 'portal', title: 'AmF-portalen – Statsbidrag', mode: process.env.NODE_ENV });
