import { Can, useActiveTenant } from '@tenantkit/react';
import { type SubmitEvent, useId, useState } from 'react';
import { Denied } from '../access/denied.js';
import { checks } from '../access/gates.js';

/**
 * Team settings, for admins only (`<Can role="admin">`); inviting people needs
 * the `members:invite` permission of the policy.
 *
 * @example
 * ```tsx
 * <TeamSettings />
 * ```
 */
export function TeamSettings() {
  const tenant = useActiveTenant();
  return (
    <section className="demo-section" aria-labelledby="team-settings-title">
      <h1 id="team-settings-title">
        Team settings{' '}
        <span className="demo-muted">
          · <bdi>{tenant?.name}</bdi>
        </span>
      </h1>
      <Can
        {...checks.teamSettings}
        fallback={
          <Denied title="Only admins can change team settings" check={checks.teamSettings} />
        }
      >
        {/* Keyed by tenant: one team's draft never shows in another. */}
        <SettingsForm key={tenant?.id} name={tenant?.name ?? ''} />
      </Can>
    </section>
  );
}

function SettingsForm({ name }: { readonly name: string }) {
  const [status, setStatus] = useState('');
  const nameId = useId();
  const inviteId = useId();
  const save = (message: string) => (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(message);
  };
  return (
    <>
      <form className="demo-form" onSubmit={save('Team name saved (in this page only).')}>
        <div className="demo-field">
          <label htmlFor={nameId}>Team name</label>
          <input id={nameId} name="name" defaultValue={name} />
        </div>
        <button type="submit" className="demo-button">
          Save
        </button>
      </form>
      <h2>Members</h2>
      <Can
        {...checks.invite}
        fallback={<p className="demo-muted">Your role cannot invite people.</p>}
      >
        <form className="demo-form" onSubmit={save('Invitation sent (not really: it is a demo).')}>
          <div className="demo-field">
            <label htmlFor={inviteId}>Invite by email</label>
            <input id={inviteId} name="email" type="email" autoComplete="off" />
          </div>
          <button type="submit" className="demo-button">
            Invite
          </button>
        </form>
      </Can>
      <p role="status" className="demo-status">
        {status}
      </p>
    </>
  );
}
