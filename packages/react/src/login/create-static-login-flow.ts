import type { LoginFlow, LoginState } from '@tenantkit/core';

/**
 * The actions of a login flow, as reported by {@link createStaticLoginFlow}.
 *
 * @example
 * ```ts
 * const onAction = (action: LoginFlowAction) => console.log(action); // 'submitEmail'...
 * ```
 */
export type LoginFlowAction = Exclude<keyof LoginFlow, 'getSnapshot' | 'subscribe'>;

/**
 * A login flow frozen at `state`, for stories, screenshots and tests that
 * render one step (a submitting form, an error, a redirect) without driving
 * the real flow there. Actions change nothing; `onAction` hears their names
 * (never their arguments, so no password is passed on).
 *
 * @example
 * ```tsx
 * const flow = createStaticLoginFlow({
 *   step: 'password', email: 'ana@example.com', domain: 'example.com',
 *   connection: 'Username-Password-Authentication', error: 'invalid-credentials',
 * });
 * <EmailFirstLogin flow={flow} />;
 * ```
 */
export function createStaticLoginFlow(
  state: LoginState,
  onAction: (action: LoginFlowAction) => void = () => undefined,
): LoginFlow {
  const snapshot = Object.freeze({ ...state });
  const report = (action: LoginFlowAction) => () => onAction(action);
  return {
    getSnapshot: () => snapshot,
    subscribe: () => () => undefined,
    setEmail: report('setEmail'),
    submitEmail: report('submitEmail'),
    prefetch: report('prefetch'),
    submitPassword: report('submitPassword'),
    continueWithSso: report('continueWithSso'),
    continueToHostedLogin: report('continueToHostedLogin'),
    back: report('back'),
    reset: report('reset'),
    destroy: report('destroy'),
  };
}
