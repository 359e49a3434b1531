// Module Federation HOST "sdf" (port 3001): remotes are registered at run time from /config.json.
import { federatedConfig } from '@statsbidrag/mf-config';

export default federatedConfig({ base: import.meta.url, name: 'sdf', title: 'SDF – Statsbidrag', mode: process.env.NODE_ENV });
