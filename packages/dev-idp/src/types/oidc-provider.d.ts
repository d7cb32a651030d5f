// oidc-provider ships no type declarations: this declares only what the
// dev-idp uses. It stays internal (no public type mentions it).
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export type ClaimsRequest = Record<string, { essential?: boolean; value?: unknown } | null>;

  export interface Client {
    readonly clientId: string;
    grantTypeAllowed(grantType: string): boolean;
  }

  export interface Session {
    readonly accountId?: string;
    grantIdFor(clientId: string): string | undefined;
  }

  export interface InteractionResults {
    login?: { accountId: string; amr?: string[]; remember?: boolean };
    error?: string;
    error_description?: string;
  }

  export interface OIDCContext {
    readonly params: Record<string, string | undefined>;
    readonly client?: Client;
    readonly session?: Session;
    readonly result?: InteractionResults;
    readonly claims?: { id_token?: ClaimsRequest; userinfo?: ClaimsRequest };
    readonly route: string;
    readonly provider: Provider;
    readonly requestParamOIDCScopes: Set<string>;
    readonly requestParamClaims: Set<string>;
    readonly body?: Record<string, unknown>;
    readonly entities: { readonly RotatedRefreshToken?: { readonly remainingTTL: number } };
  }

  export interface KoaContextWithOIDC {
    readonly oidc: OIDCContext;
    readonly method: string;
    readonly query: Record<string, string | string[] | undefined>;
    status: number;
    type: string;
    body: unknown;
    set(header: string, value: string): void;
  }

  export interface Account {
    readonly accountId: string;
    claims(
      use: 'id_token' | 'userinfo',
      scope: string,
      claims: ClaimsRequest,
      rejected: string[],
    ): Promise<Record<string, unknown>>;
  }

  export interface AdapterPayload {
    readonly grantId?: string;
    readonly uid?: string;
    readonly userCode?: string;
    consumed?: number;
    [key: string]: unknown;
  }

  export interface Adapter {
    upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void>;
    find(id: string): Promise<AdapterPayload | undefined>;
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
    findByUid(uid: string): Promise<AdapterPayload | undefined>;
    consume(id: string): Promise<void>;
    destroy(id: string): Promise<void>;
    revokeByGrantId(grantId: string): Promise<void>;
  }

  export interface Grant {
    readonly jti?: string;
    readonly accountId: string;
    addOIDCScope(scope: Set<string>): void;
    addOIDCClaims(claims: Set<string>): void;
    save(): Promise<string>;
  }

  export interface GrantConstructor {
    new (properties: { accountId: string; clientId: string }): Grant;
    find(id: string): Promise<Grant | undefined>;
  }

  export interface Interaction {
    readonly uid: string;
    readonly prompt: { readonly name: string; readonly reasons: string[] };
    readonly params: Record<string, string | undefined>;
  }

  export type CheckFunction = (ctx: KoaContextWithOIDC) => boolean | Promise<boolean>;

  export type Configuration = Record<string, unknown>;

  export class Provider {
    constructor(issuer: string, configuration: Configuration);
    readonly issuer: string;
    readonly Grant: GrantConstructor;
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    on(event: 'server_error', listener: (ctx: unknown, error: Error) => void): this;
  }

  export namespace errors {
    class OIDCProviderError extends Error {
      readonly error: string;
      readonly error_description?: string;
    }
    class AccessDenied extends OIDCProviderError {
      constructor(description?: string);
    }
    class InvalidRequest extends OIDCProviderError {
      constructor(description?: string);
    }
  }

  export namespace interactionPolicy {
    class Check {
      constructor(reason: string, description: string, check: CheckFunction);
      readonly reason: string;
    }
    class Prompt {
      constructor(options: { name: string; requestable?: boolean }, ...checks: Check[]);
      readonly name: string;
      readonly checks: Check[] & { add(check: Check, index?: number): void };
    }
    type Policy = Prompt[] & {
      get(name: string): Prompt | undefined;
      add(prompt: Prompt, index?: number): void;
    };
    function base(): Policy;
  }

  export default Provider;
}
