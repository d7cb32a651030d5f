export { MockAuth0Provider } from './mock-auth0-provider.js';
export type { MockAuth0ProviderProps } from './mock-auth0-provider.js';
