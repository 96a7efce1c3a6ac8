import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const backend = 'http://localhost:8080';

export default defineConfig({
  root: fileURLToPath(new URL('./web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./web/dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    // The app imports shared/ from outside web/.
    fs: { allow: [repoRoot] },
    proxy: {
      '/api': backend,
      '/ws': { target: backend, ws: true },
    },
  },
});
