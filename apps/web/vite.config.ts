import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

// The API serves everything under /api on the same origin in production. Host stays unchanged
// (changeOrigin: false) so the API's same-origin check sees the browser's Origin match the Host.
const apiProxy: Record<string, ProxyOptions> = {
  '/api': { target: 'http://localhost:3000', changeOrigin: false, xfwd: true },
};

export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: {
    alias: [
      // packages/shared builds to CommonJS; the web compiles its TypeScript source instead.
      { find: /^@regiokracht\/shared$/, replacement: here('../../packages/shared/src/index.ts') },
    ],
  },
  server: { port: 5173, proxy: apiProxy },
  preview: { port: 4173, proxy: apiProxy },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // What every page needs, in one long-cached chunk; page-specific libraries
              // (react-hook-form, date-fns, later recharts) stay in their lazy page chunks.
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@remix-run|cookie-es|@tanstack|i18next|react-i18next)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
