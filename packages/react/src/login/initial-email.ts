/** Where a remembered email is kept, when the app opts in. */
export const rememberedEmailKey = 'tenantkit.login.email';

// Far above any valid address (254): a hostile query string cannot flood the field.
const maxPrefillLength = 320;

/**
 * Options that decide which email the login starts with.
 *
 * @example
 * ```ts
 * const prefill: InitialEmailOptions = { emailQueryParam: 'login_hint', rememberEmail: true };
 * ```
 */
export interface InitialEmailOptions {
  /** Prefills the email field, e.g. with a `login_hint`; wins over the URL and the remembered email. */
  readonly initialEmail?: string | undefined;
  /** Reads the email from this query parameter of the page URL, e.g. `'login_hint'`. Off by default. */
  readonly emailQueryParam?: string | undefined;
  /**
   * Remembers the last email that started a sign-in (in `localStorage`) and
   * prefills it next time. Off by default: enable it only where a shared
   * computer would not reveal a user's address to the next one.
   */
  readonly rememberEmail?: boolean | undefined;
}

/** The email to prefill: the explicit one, else the URL's, else the remembered one, else ''. */
export function readInitialEmail(options: InitialEmailOptions): string {
  const { initialEmail, emailQueryParam, rememberEmail } = options;
  if (initialEmail) return initialEmail;
  const fromUrl =
    emailQueryParam && typeof location !== 'undefined'
      ? new URLSearchParams(location.search).get(emailQueryParam)
      : null;
  if (fromUrl) return fromUrl.slice(0, maxPrefillLength);
  return (rememberEmail && readStorage()?.getItem(rememberedEmailKey)) || '';
}

/** Keeps `email` for the next visit; storage that is full or blocked is ignored. */
export function rememberEmailAddress(email: string): void {
  try {
    readStorage()?.setItem(rememberedEmailKey, email);
  } catch {
    // Quota exceeded or storage disabled: remembering is a convenience only.
  }
}

function readStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Reading `localStorage` itself throws where cookies are blocked.
    return undefined;
  }
}
