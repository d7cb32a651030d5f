// The same sign-in without tenantkit: a button calling loginWithRedirect.
import { useAuth0 } from '@auth0/auth0-react';
import { mountLoginPage } from './login-shell.js';

function LogIn() {
  const { loginWithRedirect } = useAuth0();
  return (
    <button type="button" onClick={() => void loginWithRedirect()}>
      Log in
    </button>
  );
}

mountLoginPage(() => <LogIn />);
