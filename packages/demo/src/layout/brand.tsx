import { Link } from '../routing/link.js';

/**
 * The demo's name, linking home.
 *
 * @example
 * ```tsx
 * <header><Brand /></header>
 * ```
 */
export function Brand() {
  return (
    <Link href="/" className="demo-brand">
      <span className="demo-brand-mark" aria-hidden="true">
        #
      </span>
      Teamchat
      <span className="demo-brand-note">tenantkit demo</span>
    </Link>
  );
}
