import type { LoginMessages } from './en.js';

/**
 * The Arabic messages of the email-first login.
 *
 * @example
 * ```tsx
 * <EmailFirstLogin {...options} locale="ar" messages={loginMessagesAr} />
 * ```
 */
export const loginMessagesAr = {
  emailLabel: 'البريد الإلكتروني',
  passwordLabel: 'كلمة المرور',
  continue: 'متابعة',
  signIn: 'تسجيل الدخول',
  checking: 'جارٍ التحقق من {domain}…',
  signingIn: 'جارٍ تسجيل الدخول…',
  redirecting: 'جارٍ إعادة التوجيه…',
  useDifferentEmail: 'استخدام بريد إلكتروني آخر',
  forgotPassword: 'هل نسيت كلمة المرور؟',
  signUp: 'إنشاء حساب',
  ssoEnabled: 'تسجيل الدخول الموحّد مفعّل للنطاق {domain}',
  continueWith: 'المتابعة باستخدام {provider}',
  continueWithSso: 'المتابعة باستخدام تسجيل الدخول الموحّد',
  chooseProvider: 'اختر طريقة تسجيل الدخول',
  hostedNotice: 'ستُكمل تسجيل الدخول على صفحة آمنة.',
  errorEmailRequired: 'أدخل عنوان بريدك الإلكتروني.',
  errorEmailFormat: 'أدخل عنوان بريد إلكتروني مثل name@example.com.',
  errorEmailSpaces: 'احذف المسافات من عنوان بريدك الإلكتروني.',
  errorEmailTooLong: 'عنوان البريد الإلكتروني هذا طويل جدًا.',
  errorEmailDomain: 'الجزء الذي يلي @ ليس نطاقًا صالحًا.',
  errorPasswordRequired: 'أدخل كلمة المرور.',
  errorCredentials: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
  errorTooManyAttempts: 'محاولات كثيرة جدًا. انتظر بضع دقائق ثم حاول مرة أخرى.',
  errorNetwork: 'تعذّر الاتصال. تحقّق من اتصالك وحاول مرة أخرى.',
  errorMisconfigured: 'تسجيل الدخول غير متاح حاليًا. يُرجى التواصل مع المسؤول.',
  errorUnexpected: 'حدث خطأ ما. يُرجى المحاولة مرة أخرى.',
  errorChooseProvider: 'اختر أحد خيارات تسجيل الدخول.',
} satisfies LoginMessages;
