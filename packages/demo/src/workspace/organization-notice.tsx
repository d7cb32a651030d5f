import { useOrganizationMismatch } from '@tenantkit/auth0';

/**
 * Organizations mode: says so when the identity provider signed the user in to
 * another organization than the one chosen (the token wins).
 *
 * @example
 * ```tsx
 * <OrganizationNotice />
 * ```
 */
export function OrganizationNotice() {
  const mismatch = useOrganizationMismatch();
  if (mismatch === null) return null;
  return (
    <p role="alert" className="demo-alert">
      You chose {mismatch.expected ?? 'no organization'}, but the identity provider signed you in to{' '}
      {mismatch.actual ?? 'no organization'}. The token decides.
    </p>
  );
}
