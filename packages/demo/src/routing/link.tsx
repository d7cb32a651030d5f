import type { ComponentPropsWithoutRef, MouseEvent } from 'react';
import { navigate } from './location-store.js';

/**
 * A link inside the demo: a real `<a href>` (so it opens in a new tab, and
 * screen readers announce a link) that navigates without a reload.
 *
 * @example
 * ```tsx
 * <Link href="/settings">Team settings</Link>
 * ```
 */
export function Link(props: ComponentPropsWithoutRef<'a'> & { readonly href: string }) {
  const { onClick, href, ...rest } = props;
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handleClick} {...rest} />;
}
