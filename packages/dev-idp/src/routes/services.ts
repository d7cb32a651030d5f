import type Provider from 'oidc-provider';
import type { LoginTickets } from '../auth/login-tickets.js';
import type { PasswordLogin } from '../auth/password-login.js';
import type { Directory } from '../seed/directory.js';

/** What the dev-idp's own routes (the ones oidc-provider does not serve) work with. */
export interface DevIdpServices {
  /** `http://localhost:<port>/`, with the trailing slash. */
  readonly issuer: string;
  readonly directory: Directory;
  readonly provider: Provider;
  readonly passwordLogin: PasswordLogin;
  readonly tickets: LoginTickets;
}
