// Sign-in through tenantkit's widget: email first, discovery, then Auth0's
// hosted page with the email as login_hint (the binding's default mode).
import { Auth0EmailFirstLogin } from '@tenantkit/auth0';
import { mountLoginPage } from './login-shell.js';

mountLoginPage((idp) => <Auth0EmailFirstLogin {...idp} databaseConnection="tenantkit-users" />);
