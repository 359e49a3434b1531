// Module Federation HOST "sdf" (port 3001). It has no build-time remotes: at run time it reads
// /config.json and registers remotes.claims (an mf-manifest.json URL) with the MF runtime.
import { ModuleFederationPlugin } from '@module-federation/enhanced/rspack';
import { rspack } from '@rspack/core';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const NAME = 'sdf';
const TITLE = 'SDF – Statsbidrag';

const require = createRequire(import.meta.url);
const production = process.env.NODE_ENV !== 'development';

/** `^<installed version>` (package.json says "catalog:", which Module Federation cannot compare). */
const installed = (name) => `^${require(`${name}/package.json`).version}`;

/** Shared singletons — the same list as in frontends/claims/rspack.config.mjs. */
const shared = {
  react: { singleton: true, requiredVersion: installed('react') },
  'react-dom': { singleton: true, requiredVersion: installed('react-dom') },
  urql: { singleton: true, requiredVersion: installed('urql') },
  graphql: { singleton: true, requiredVersion: installed('graphql') },
  '@statsbidrag/ui': { singleton: true, requiredVersion: false },
};

export default {
  mode: production ? 'production' : 'development',
  context: fileURLToPath(new URL('.', import.meta.url)),
  entry: { main: './src/index.ts' },
  output: {
    path: fileURLToPath(new URL('./dist', import.meta.url)),
    publicPath: 'auto',
    uniqueName: `statsbidrag_${NAME}`,
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
    new ModuleFederationPlugin({ name: NAME, remotes: {}, shared, dts: false }),
    new rspack.HtmlRspackPlugin({
      title: TITLE,
      templateContent: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${TITLE}</title></head><body><div id="root"></div><noscript>${TITLE} behöver JavaScript.</noscript></body></html>`,
    }),
  ],
  devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
  performance: { hints: false },
};
