import type { Tenant } from '@tenantkit/core';
import { type ComponentPropsWithoutRef, forwardRef, useState } from 'react';
import { tenantInitials } from './tenant-initials.js';

/**
 * Props of {@link TenantAvatar}.
 *
 * @example
 * ```tsx
 * const props: TenantAvatarProps = { tenant, src: '/logos/acme.png' };
 * ```
 */
export interface TenantAvatarProps extends ComponentPropsWithoutRef<'span'> {
  readonly tenant: Tenant;
  /** An image for the tenant; the initials show when absent or when it fails to load. */
  readonly src?: string | undefined;
  /** Locale for upper-casing the initials. */
  readonly locale?: string;
}

/**
 * A tenant's picture or initials. Decorative: the tenant's name is always
 * written next to it, so the avatar is hidden from screen readers.
 *
 * @example
 * ```tsx
 * <TenantAvatar tenant={tenant} src={logos[tenant.id]} />
 * ```
 */
export const TenantAvatar = forwardRef<HTMLSpanElement, TenantAvatarProps>(function TenantAvatar(
  { tenant, src, locale, ...props },
  ref,
) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const showImage = !!src && src !== failedSrc;
  return (
    <span
      aria-hidden="true"
      data-slot="tenant-avatar"
      data-kind={tenant.kind}
      data-state={showImage ? 'image' : 'initials'}
      {...props}
      ref={ref}
    >
      {showImage ? (
        <img src={src} alt="" onError={() => setFailedSrc(src)} />
      ) : (
        tenantInitials(tenant.name, locale)
      )}
    </span>
  );
});
