import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The demo runs from the packages' TypeScript sources (the `@tenantkit/source`
// export condition), so `npm start` needs no build of the kit first.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@tenantkit/source', ...defaultClientConditions] },
  server: { host: 'localhost', strictPort: true },
  preview: { host: 'localhost', strictPort: true },
});
