import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { precompressedCopies } from './server/precompress.ts';
import { apiDevPlugin } from './server/vite-plugin.ts';

// `vite build` makes the browser's files (dist/client); `vite build --ssr src/entry-server.tsx`
// the module the server renders first views with (dist/server), React and all bundled in, in
// production mode.
export const clientBuild = {
  outDir: 'dist/client',
  sourcemap: false,
  // The server reads it to hint the first view's lazy chunks; .vite/ is never served.
  manifest: true,
  // Every browser the dashboard supports preloads modules natively.
  modulePreload: { polyfill: false },
};

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), tailwindcss(), apiDevPlugin(), ...(isSsrBuild ? [] : [precompressedCopies()])],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  // Bundled whole for the server (React in production mode); tests import dependencies as they are.
  ...(isSsrBuild ? { ssr: { noExternal: true } } : {}),
  build: isSsrBuild ? { outDir: 'dist/server', copyPublicDir: false, sourcemap: false } : clientBuild,
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
          // CSS is left out of tests, except when read as text (the theme's contrast test).
          css: { include: [/\.css\?raw$/] },
          restoreMocks: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts', 'shared/**/*.test.ts', 'bench/**/*.test.ts'],
          restoreMocks: true,
        },
      },
    ],
  },
}));
