// One rspack + Module Federation configuration for every frontend (docs/adr/0005-module-federation.md).
// Hosts have no build-time remotes: at run time they read /config.json and register the remotes'
// mf-manifest.json URLs with the MF runtime. Remotes expose screens and emit a manifest.
import { ModuleFederationPlugin } from '@module-federation/enhanced/rspack';
import { rspack } from '@rspack/core';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * Shared singletons, the same in every host and remote: one React, one urql (the host's client and
 * Provider), one graphql, and one @statsbidrag/ui (same react-aria copy and sv-SE I18nProvider).
 * Versions are the installed ones: package.json says "catalog:", which Module Federation cannot compare.
 */
function sharedSingletons(packageUrl) {
  const require = createRequire(packageUrl);
  const installed = (name) => `^${require(`${name}/package.json`).version}`;
  return {
    react: { singleton: true, requiredVersion: installed('react') },
    'react-dom': { singleton: true, requiredVersion: installed('react-dom') },
    urql: { singleton: true, requiredVersion: installed('urql') },
    graphql: { singleton: true, requiredVersion: installed('graphql') },
    '@statsbidrag/ui': { singleton: true, requiredVersion: false },
  };
}

/**
 * @param {object} options
 * @param {string} options.base      import.meta.url of the app's rspack.config.mjs
 * @param {string} options.name      federation name (portal, sdf, claims)
 * @param {string} options.title     page title (Swedish)
 * @param {Record<string,string>} [options.exposes]  set for a remote
 * @param {string} [options.mode]    'production' (default) or 'development'
 */
export function federatedConfig({ base, name, title, exposes, mode = 'production' }) {
  const production = mode !== 'development';
  const shared = sharedSingletons(base);
  const federation = exposes
    ? { name, filename: 'remoteEntry.js', exposes, shared, manifest: true, dts: false }
    : { name, remotes: {}, shared, dts: false };
  const noscript = exposes ? '' : `<noscript>${title} behöver JavaScript.</noscript>`;
  return {
    mode: production ? 'production' : 'development',
    context: fileURLToPath(new URL('.', base)),
    entry: { main: './src/index.ts' },
    output: {
      path: fileURLToPath(new URL('./dist', base)),
      publicPath: 'auto',
      uniqueName: `statsbidrag_${name}`,
      filename: 'static/js/[name].[contenthash:8].js',
      chunkFilename: 'static/js/[name].[contenthash:8].js',
      cssFilename: 'static/css/[name].[contenthash:8].css',
      cssChunkFilename: 'static/css/[name].[contenthash:8].css',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js', '.mjs'],
      // Sources import './x.js' (ESM style); the file is x.ts / x.tsx.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'builtin:swc-loader',
          options: {
            jsc: {
              parser: { syntax: 'typescript', tsx: true },
              transform: { react: { runtime: 'automatic', development: !production } },
              target: 'es2022',
            },
          },
          type: 'javascript/auto',
        },
        { test: /\.css$/, type: 'css/auto' },
      ],
    },
    plugins: [
      new ModuleFederationPlugin(federation),
      new rspack.HtmlRspackPlugin({
        title,
        // Hosts have deep links (/personer/<id>): index.html loads its scripts from the site root,
        // not relative to the page's path. The bundles' own publicPath stays 'auto'.
        ...(exposes ? {} : { publicPath: '/' }),
        templateContent: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><div id="root"></div>${noscript}</body></html>`,
      }),
    ],
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    performance: { hints: false },
  };
}
