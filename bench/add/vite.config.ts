/** Builds the add-articles benchmark page with the app's own Vite settings (worker, aliases, CSP). */
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import appConfig from '../../vite.config';

export default mergeConfig(appConfig, {
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: { outDir: fileURLToPath(new URL('../out/add-dist', import.meta.url)), emptyOutDir: true },
});
