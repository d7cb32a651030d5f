/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The identity provider's URL, e.g. `http://localhost:4000` (set by `npm start` and the e2e tests). */
  readonly VITE_TENANTKIT_IDP?: string;
}
