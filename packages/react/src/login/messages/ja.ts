import type { LoginMessages } from './en.js';

/**
 * The Japanese messages of the email-first login.
 *
 * @example
 * ```tsx
 * <EmailFirstLogin {...options} locale="ja" messages={loginMessagesJa} />
 * ```
 */
export const loginMessagesJa = {
  emailLabel: 'メールアドレス',
  passwordLabel: 'パスワード',
  continue: '続行',
  signIn: 'ログイン',
  checking: '{domain} を確認しています…',
  signingIn: 'ログインしています…',
  redirecting: 'リダイレクトしています…',
  useDifferentEmail: '別のメールアドレスを使用',
  forgotPassword: 'パスワードをお忘れですか？',
  signUp: '新規登録',
  ssoEnabled: '{domain} ではシングルサインオンが有効です',
  continueWith: '{provider} で続行',
  continueWithSso: 'シングルサインオンで続行',
  chooseProvider: 'ログイン方法を選択してください',
  hostedNotice: 'ログインは安全なページで完了します。',
  errorEmailRequired: 'メールアドレスを入力してください。',
  errorEmailFormat: 'name@example.com の形式でメールアドレスを入力してください。',
  errorEmailSpaces: 'メールアドレスからスペースを削除してください。',
  errorEmailTooLong: 'このメールアドレスは長すぎます。',
  errorEmailDomain: '@ の後の部分が有効なドメインではありません。',
  errorPasswordRequired: 'パスワードを入力してください。',
  errorCredentials: 'メールアドレスまたはパスワードが正しくありません。',
  errorTooManyAttempts: '試行回数が多すぎます。数分待ってから、もう一度お試しください。',
  errorNetwork: '接続できませんでした。接続を確認して、もう一度お試しください。',
  errorMisconfigured: '現在ログインできません。管理者にお問い合わせください。',
  errorUnexpected: '問題が発生しました。もう一度お試しください。',
  errorChooseProvider: 'ログイン方法を 1 つ選択してください。',
} satisfies LoginMessages;
