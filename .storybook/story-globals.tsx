import type { Decorator } from '@storybook/react-vite';
import {
  directionOf,
  type Direction,
  loginMessagesAr,
  loginMessagesDe,
  loginMessagesEn,
  loginMessagesEs,
  loginMessagesFr,
  loginMessagesJa,
  type LoginMessages,
  type Locale,
  resolveLocale,
  tenantSwitcherAr,
  tenantSwitcherDe,
  tenantSwitcherEn,
  tenantSwitcherEs,
  tenantSwitcherFr,
  tenantSwitcherJa,
  type TenantSwitcherMessages,
} from '@tenantkit/react';
import { createContext, type ReactNode, useContext, useLayoutEffect } from 'react';

/** What the toolbars chose: a colour scheme, a locale and a direction ('auto' follows the locale). */
interface StoryGlobals {
  readonly theme: 'light' | 'dark';
  readonly locale: Locale;
  readonly direction: 'auto' | Direction;
}

const loginCatalogues: Readonly<Record<Locale, LoginMessages>> = {
  en: loginMessagesEn,
  de: loginMessagesDe,
  fr: loginMessagesFr,
  es: loginMessagesEs,
  ar: loginMessagesAr,
  ja: loginMessagesJa,
};

const switcherCatalogues: Readonly<Record<Locale, TenantSwitcherMessages>> = {
  en: tenantSwitcherEn,
  de: tenantSwitcherDe,
  fr: tenantSwitcherFr,
  es: tenantSwitcherEs,
  ar: tenantSwitcherAr,
  ja: tenantSwitcherJa,
};

const StoryGlobalsContext = createContext<StoryGlobals>({
  theme: 'light',
  locale: 'en',
  direction: 'auto',
});

/**
 * The login texts of the locale a story runs in, so that play functions find
 * labels in any language the toolbar picks.
 */
export function storyLoginMessages(globals: Record<string, unknown>): LoginMessages {
  return loginCatalogues[readGlobals(globals).locale];
}

/**
 * The props that put the login widget in the toolbar's locale. A forced
 * direction leaves `locale` out, so that the widget inherits `lang` and `dir`
 * from the story's frame instead of deriving them from the locale.
 */
export function useLoginLocale(): { locale?: Locale; messages: LoginMessages } {
  const { locale, direction } = useContext(StoryGlobalsContext);
  const messages = loginCatalogues[locale];
  return direction === 'auto' ? { locale, messages } : { messages };
}

/** The props that put the tenant switcher in the toolbar's locale (with its catalogue) and direction. */
export function useSwitcherLocale(): {
  locale: Locale;
  messages: TenantSwitcherMessages;
  dir?: Direction;
} {
  const { locale, direction } = useContext(StoryGlobalsContext);
  const messages = switcherCatalogues[locale];
  return direction === 'auto' ? { locale, messages } : { locale, messages, dir: direction };
}

function readGlobals(globals: Record<string, unknown>): StoryGlobals {
  const { theme, locale, direction } = globals;
  return {
    theme: theme === 'dark' ? 'dark' : 'light',
    locale: resolveLocale(typeof locale === 'string' ? locale : undefined),
    direction: direction === 'ltr' || direction === 'rtl' ? direction : 'auto',
  };
}

function StoryFrame(props: { globals: StoryGlobals; docs: boolean; children: ReactNode }) {
  const { theme, locale, direction } = props.globals;
  const dir = direction === 'auto' ? directionOf(locale) : direction;
  useLayoutEffect(() => {
    // Menus are portalled to <body>: on the story's own page, the theme must reach them too.
    // Docs pages show many stories at once, so there only the frame carries it.
    if (props.docs) return;
    const root = document.documentElement;
    root.dataset.tkTheme = theme;
    return () => {
      delete root.dataset.tkTheme;
    };
  }, [theme, props.docs]);
  return (
    <StoryGlobalsContext.Provider value={props.globals}>
      <div data-slot="story-frame" data-tk-theme={theme} lang={locale} dir={dir}>
        {props.children}
      </div>
    </StoryGlobalsContext.Provider>
  );
}

/** Applies the theme, locale and direction toolbars to every story. */
export const withStoryGlobals: Decorator = (Story, context) => {
  return (
    <StoryFrame globals={readGlobals(context.globals)} docs={context.viewMode === 'docs'}>
      <Story />
    </StoryFrame>
  );
};
