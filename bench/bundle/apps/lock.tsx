// Anchor: Auth0 Lock showing its widget in a React app.
import Auth0Lock from 'auth0-lock';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root') as HTMLElement).render(<p>Hello</p>);
new Auth0Lock('bench-client', 'tenant.eu.auth0.com').show();
