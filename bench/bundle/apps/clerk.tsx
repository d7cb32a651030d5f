// Anchor: Clerk's sign-in and organization switcher in a React app. Clerk
// downloads its runtime (clerk-js and its UI) from a CDN when the page loads;
// that part is measured separately, from the npm packages.
import { ClerkProvider, OrganizationSwitcher, SignIn } from '@clerk/react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root') as HTMLElement).render(
  <ClerkProvider publishableKey="pk_test_YmVuY2guY2xlcmsuYWNjb3VudHMuZGV2JA==">
    <SignIn />
    <OrganizationSwitcher />
  </ClerkProvider>,
);
