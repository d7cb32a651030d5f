export { createStaticLoginFlow } from '../login/create-static-login-flow.js';
export type { LoginFlowAction } from '../login/create-static-login-flow.js';
