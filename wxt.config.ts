import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'leakmark',
    description:
      'Finds Japanese personal-data breach notices on the pages you read, highlights the facts and saves incidents to a local library.',
    default_locale: 'en',
  },
});
