import { readdirSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

const ROOT = import.meta.dirname;
/** kuromoji's dictionary (12 .dat.gz files), shipped as extension files under dict/. */
const DICT_DIR = path.join(ROOT, 'node_modules/@sglkc/kuromoji/dict');
const ICON_SIZES = [16, 32, 48, 128] as const;

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'leakmark',
    description:
      'Finds Japanese personal-data breach notices on the pages you read, highlights the facts and saves incidents to a local library.',
    default_locale: 'en',
    icons: Object.fromEntries(ICON_SIZES.map((s) => [s, `icon/${s}.png`])),
    // storage: settings, dismissals, per-tab state (session); contextMenus: "save selection";
    // offscreen (Chrome only): the document that runs kuromoji once for all tabs.
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    commands: {
      'save-all': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save every breach incident on this page',
      },
    },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const name of readdirSync(DICT_DIR).filter((f) => f.endsWith('.dat.gz'))) {
        files.push({ absoluteSrc: path.join(DICT_DIR, name), relativeDest: `dict/${name}` });
      }
      for (const size of ICON_SIZES) {
        files.push({ absoluteSrc: path.join(ROOT, `assets/icon-${size}.png`), relativeDest: `icon/${size}.png` });
      }
    },
  },
});
