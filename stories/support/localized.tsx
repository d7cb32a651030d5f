import { Auth0EmailFirstLogin, type Auth0EmailFirstLoginProps } from '@tenantkit/auth0';
import {
  EmailFirstLogin,
  type EmailFirstLoginProps,
  TenantSwitcher,
  type TenantSwitcherProps,
} from '@tenantkit/react';
import { useLoginLocale, useSwitcherLocale } from '../../.storybook/story-globals.js';

// The components, in the locale and direction the toolbars chose.

export function LocalizedLogin(props: EmailFirstLoginProps) {
  return <EmailFirstLogin {...props} {...useLoginLocale()} />;
}

export function LocalizedAuth0Login(props: Auth0EmailFirstLoginProps) {
  return <Auth0EmailFirstLogin {...props} {...useLoginLocale()} />;
}

export function LocalizedSwitcher(props: TenantSwitcherProps) {
  return <TenantSwitcher {...props} {...useSwitcherLocale()} />;
}
