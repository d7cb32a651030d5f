export {
  createPostLoginAction,
  onExecutePostLogin,
  tenantkitClaimNames,
  CUSTOM_CLAIMS_LIMIT_BYTES,
  DEFAULT_CLAIM_NAMESPACE,
} from './post-login-action.js';
export type { PostLoginActionOptions, TenantkitClaimNames } from './post-login-action.js';
export type { OnExecutePostLogin, PostLoginApi, PostLoginEvent } from './post-login-types.js';
