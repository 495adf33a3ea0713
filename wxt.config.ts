import { defineConfig } from 'wxt';
import { prebuiltCatalogsPlugin } from './catalogs/prebuilt-catalogs-plugin.ts';

// The extension ships one build for Chromium (Chrome 109 on Windows 7, Edge, 360 Browser on
// Chromium 86–108 cores; MV3 needs 88+) and one for Firefox, from the same source.
// Host access: the training HIS on loopback is built in; a deployment adds its HIS origins as
// optional host permissions, granted when IT staff configure a screen (no <all_urls> at install).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // The bundled catalogs arrive validated and with the matcher's tables built (catalogs/prebuilt-catalogs-plugin.ts).
  vite: () => ({ plugins: [prebuiltCatalogsPlugin()] }),
  // Explicit imports everywhere, so the layering (pure core vs. browser edges) stays visible.
  imports: false,
  manifest: ({ browser }) => ({
    name: '检查检验结果互认助手',
    description: '在医院 HIS 开单界面提示可互认的外院检查检验结果（川渝HR / 川内HR），并生成病历记录文本。',
    default_locale: undefined,
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'alarms'],
    action: { default_title: '检查检验结果互认助手' },
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // The panel is framed into HIS pages on whatever intranet origin a deployment configures, and this
    // list cannot change at run time. It shows nothing without the random per-frame token that only
    // the content script and the background know.
    web_accessible_resources: [{ resources: ['panel.html'], matches: ['http://*/*', 'https://*/*'] }],
    // Chromium: IT staff may also roll the deployment bundle out by enterprise policy
    // (lib/background/managed-deployment.ts; Firefox reads managed storage from a native manifest instead).
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'hr-assistant@example.invalid', strict_min_version: '115.0' } } }
      : { minimum_chrome_version: '88', storage: { managed_schema: 'managed_schema.json' } }),
  }),
  hooks: {
    // The benchmark page (entrypoints/bench) is built only by `npm run bench` (HR_BENCH=1, into
    // .output/chrome-mv3-bench): it never ships in the normal build.
    'entrypoints:found': (_wxt, infos) => {
      if (process.env.HR_BENCH === '1') return;
      const kept = infos.filter((info) => info.name !== 'bench');
      infos.splice(0, infos.length, ...kept);
    },
  },
});
