// (2) The peers + the email-first login widget and its Auth0 binding.
import { Auth0EmailFirstLogin } from '@tenantkit/auth0';
import { auth0, mountPeersApp } from './peers-shell.js';

mountPeersApp(<Auth0EmailFirstLogin {...auth0} />);
