import { Can, useActiveTenant } from '@tenantkit/react';
import { type SubmitEvent, useId, useState } from 'react';
import { Denied } from '../access/denied.js';
import { checks } from '../access/gates.js';
import type { Channel, ChatMessage } from '../chat/channels.js';

/**
 * A channel: its messages and the composer, behind `<Can channel>`; the
 * composer also needs the `messages:write` permission.
 *
 * @example
 * ```tsx
 * <ChannelView channel={channels[0]} />
 * ```
 */
export function ChannelView({ channel }: { readonly channel: Channel }) {
  const tenant = useActiveTenant();
  const check = { channel: channel.id };
  return (
    <section className="demo-section demo-channel" aria-labelledby="channel-title">
      <header className="demo-channel-header">
        <h1 id="channel-title">
          <span aria-hidden="true">#</span> {channel.id}
        </h1>
        <p className="demo-muted">{channel.topic}</p>
      </header>
      <Can {...check} fallback={<Denied title={`You cannot open #${channel.id}`} check={check} />}>
        {/* Keyed by tenant: messages typed in one team stay out of the next. */}
        <Conversation key={tenant?.id} channel={channel} />
      </Can>
    </section>
  );
}

function Conversation({ channel }: { readonly channel: Channel }) {
  const [sent, setSent] = useState<readonly ChatMessage[]>([]);
  const inputId = useId();
  const messages = [...channel.messages, ...sent];
  const send = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const text = new FormData(form).get('message');
    if (typeof text !== 'string' || text.trim() === '') return;
    setSent((previous) => [...previous, { author: 'You', time: 'now', text: text.trim() }]);
    form.reset();
  };
  return (
    <>
      <ol className="demo-messages" aria-label={`Messages in #${channel.id}`}>
        {messages.map((message, index) => (
          <li key={index} className="demo-message">
            <span className="demo-message-avatar" aria-hidden="true">
              {initials(message.author)}
            </span>
            <div>
              <p className="demo-message-meta">
                <strong>{message.author}</strong> <span className="demo-muted">{message.time}</span>
              </p>
              <p>{message.text}</p>
            </div>
          </li>
        ))}
      </ol>
      <Can
        {...checks.write}
        fallback={<p className="demo-muted">Read only: your role cannot post messages here.</p>}
      >
        <form className="demo-composer" onSubmit={send}>
          <label htmlFor={inputId} className="demo-visually-hidden">
            Message #{channel.id}
          </label>
          <input
            id={inputId}
            name="message"
            autoComplete="off"
            placeholder={`Message #${channel.id}`}
          />
          <button type="submit" className="demo-button">
            Send
          </button>
        </form>
      </Can>
    </>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/u)
    .map((word) => word[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
}
