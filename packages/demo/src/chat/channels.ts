/**
 * A channel of the team chat. Every team has the same four; the token's
 * `channels` say which ones a member may open (`"*"`: all of them).
 *
 * @example
 * ```ts
 * const channel: Channel = { id: 'general', topic: 'Announcements', messages: [] };
 * ```
 */
export interface Channel {
  readonly id: string;
  readonly topic: string;
  readonly messages: readonly ChatMessage[];
}

/**
 * One message of a channel.
 *
 * @example
 * ```ts
 * const message: ChatMessage = { author: 'Emma Employee', time: '09:12', text: 'Morning!' };
 * ```
 */
export interface ChatMessage {
  readonly author: string;
  readonly time: string;
  readonly text: string;
}

/**
 * The channels of every team, in the order the sidebar lists them.
 *
 * @example
 * ```ts
 * channels.filter((channel) => hasChannel(tenant, channel.id));
 * ```
 */
export const channels: readonly Channel[] = [
  {
    id: 'general',
    topic: 'Announcements and everything else',
    messages: [
      {
        author: 'Emma Employee',
        time: '09:02',
        text: 'Morning all! Stand-up moves to 9:30 today.',
      },
      { author: 'Ana Acme', time: '09:05', text: 'Thanks for the heads-up.' },
      {
        author: 'Uma User',
        time: '09:11',
        text: 'The quarterly review deck is in the shared drive.',
      },
    ],
  },
  {
    id: 'channel-1',
    topic: 'Product and design',
    messages: [
      { author: 'Uma User', time: '10:14', text: 'New onboarding mock-ups are ready for review.' },
      { author: 'Emma Employee', time: '10:20', text: 'Love the email-first step. Ship it!' },
    ],
  },
  {
    id: 'channel-2',
    topic: 'Engineering',
    messages: [
      { author: 'Ben Acme', time: '11:03', text: 'Deploy 42 is live; error rate is flat.' },
      {
        author: 'Emma Employee',
        time: '11:09',
        text: 'Tenant switching now takes no network request.',
      },
    ],
  },
  {
    id: 'channel-3',
    topic: 'Admins only: billing and security',
    messages: [
      {
        author: 'Ana Acme',
        time: '14:40',
        text: 'SSO certificate rotation is scheduled for Friday.',
      },
    ],
  },
];
