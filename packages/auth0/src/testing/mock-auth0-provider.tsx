import {
  Auth0Context,
  type Auth0ContextInterface,
  initialContext,
  ResponseType,
  User,
} from '@auth0/auth0-react';
import { type ReactNode, useMemo } from 'react';

/**
 * Props of {@link MockAuth0Provider}.
 *
 * @example
 * ```tsx
 * const props: MockAuth0ProviderProps = { user: { sub: 'auth0|1' }, isLoading: false };
 * ```
 */
export interface MockAuth0ProviderProps {
  /**
   * The signed-in user: the ID token's claims, as plain data (`createIdTokenClaims`,
   * `seedUsers`) or a `User`; absent means signed out.
   */
  readonly user?: User | Readonly<Record<string, unknown>> | undefined;
  /** Renders the SDK's loading state. */
  readonly isLoading?: boolean;
  /** An error the SDK reports, such as a failed callback. */
  readonly error?: Error | undefined;
  /**
   * Replaces any SDK method (`loginWithRedirect`, `logout`, `getAccessTokenSilently` ...).
   * Unreplaced methods resolve and do nothing, so components can call them freely.
   */
  readonly overrides?: Partial<Auth0ContextInterface>;
  readonly children?: ReactNode;
}

const resolveNothing = () => Promise.resolve(undefined);

/**
 * Renders its children inside the real `Auth0Context` of `@auth0/auth0-react`
 * with a state you choose, so components that call `useAuth0()` work in tests
 * and stories without any network or identity provider.
 *
 * @example
 * ```tsx
 * const loginWithRedirect = vi.fn(() => Promise.resolve());
 * render(
 *   <MockAuth0Provider user={{ sub: 'auth0|1', email: 'ana@example.com' }} overrides={{ loginWithRedirect }}>
 *     <App />
 *   </MockAuth0Provider>,
 * );
 * ```
 */
export function MockAuth0Provider({
  user,
  isLoading = false,
  error,
  overrides,
  children,
}: MockAuth0ProviderProps) {
  const value = useMemo<Auth0ContextInterface>(() => {
    // The SDK's type for the user is a class: give components an instance of it.
    const sdkUser = user === undefined ? undefined : Object.assign(new User(), user);
    return {
      ...initialContext,
      loginWithRedirect: resolveNothing,
      loginWithPopup: resolveNothing,
      logout: resolveNothing,
      handleRedirectCallback: () => Promise.resolve({ response_type: ResponseType.Code }),
      getAccessTokenSilently: (() =>
        Promise.resolve('mock-access-token')) as Auth0ContextInterface['getAccessTokenSilently'],
      getIdTokenClaims: () =>
        Promise.resolve(
          user === undefined ? undefined : Object.assign({ __raw: 'mock-id-token' }, user),
        ),
      isLoading,
      isAuthenticated: !isLoading && sdkUser !== undefined,
      user: isLoading ? undefined : sdkUser,
      error,
      ...overrides,
    };
  }, [user, isLoading, error, overrides]);
  return <Auth0Context.Provider value={value}>{children}</Auth0Context.Provider>;
}
