// Production build with rspack's JS API (no CLI needed): `pnpm build` → dist/.
import { rspack } from '@rspack/core';
import config from '../rspack.config.mjs';

const stats = await new Promise((resolve, reject) => {
  rspack(config).run((error, result) => (error ? reject(error) : resolve(result)));
});
console.log(stats.toString({ colors: false, preset: 'errors-warnings', timings: true }));
if (stats.hasErrors()) process.exit(1);
