import { useId } from 'react';
import { seedOrganizations } from '../config/seed.js';
import type { DemoSettings } from './demo-settings.js';

/**
 * Props of {@link DemoSettingsForm}.
 *
 * @example
 * ```tsx
 * const props: DemoSettingsFormProps = { settings, onChange: setSettings };
 * ```
 */
export interface DemoSettingsFormProps {
  readonly settings: DemoSettings;
  readonly onChange: (settings: DemoSettings) => void;
}

interface Choice<Value extends string> {
  readonly value: Value;
  readonly label: string;
  readonly description: string;
}

const tenantChoices: readonly Choice<DemoSettings['tenantMode']>[] = [
  {
    value: 'claims',
    label: 'Claims',
    description: 'One token lists every tenant; switching is instant, with no request.',
  },
  {
    value: 'organizations',
    label: 'Auth0 Organizations',
    description: 'One token per organization; switching signs in again, without a password.',
  },
];

const passwordChoices: readonly Choice<DemoSettings['passwordMode']>[] = [
  {
    value: 'embedded',
    label: 'Embedded',
    description: 'The widget asks for the password (cross-origin authentication).',
  },
  {
    value: 'universal-login',
    label: 'Universal Login',
    description: 'Password users go straight to the identity provider’s page: one submit.',
  },
];

const discoveryChoices: readonly Choice<DemoSettings['discovery']>[] = [
  {
    value: 'webfinger',
    label: 'WebFinger',
    description: 'Asks the identity provider whether the domain is federated.',
  },
  {
    value: 'client-info',
    label: 'Client info',
    description: 'Reads the application’s public list of enterprise domains.',
  },
  {
    value: 'directory',
    label: 'Directory',
    description: 'The app knows its connections and domains: no request at all.',
  },
];

/**
 * The demo's modes, applied at once and remembered for the next visit.
 *
 * @example
 * ```tsx
 * <DemoSettingsForm settings={settings} onChange={setSettings} />
 * ```
 */
export function DemoSettingsForm({ settings, onChange }: DemoSettingsFormProps) {
  const organizationId = useId();
  return (
    <form className="demo-settings" onSubmit={(event) => event.preventDefault()}>
      <RadioGroup
        legend="Tenants"
        name="tenants"
        choices={tenantChoices}
        value={settings.tenantMode}
        onChange={(tenantMode) => onChange({ ...settings, tenantMode })}
      />
      {settings.tenantMode === 'organizations' && (
        <div className="demo-field">
          <label htmlFor={organizationId}>Organization at sign-in</label>
          <select
            id={organizationId}
            value={settings.organization ?? ''}
            onChange={(event) =>
              onChange({ ...settings, organization: event.target.value || null })
            }
          >
            <option value="">None: choose one after signing in</option>
            {seedOrganizations.map((organization) => (
              <option key={organization.id} value={organization.id}>
                {organization.displayName} ({organization.id})
              </option>
            ))}
          </select>
        </div>
      )}
      <RadioGroup
        legend="Passwords"
        name="passwords"
        choices={passwordChoices}
        value={settings.passwordMode}
        onChange={(passwordMode) => onChange({ ...settings, passwordMode })}
      />
      <RadioGroup
        legend="Home realm discovery"
        name="discovery"
        choices={discoveryChoices}
        value={settings.discovery}
        onChange={(discovery) => onChange({ ...settings, discovery })}
      />
    </form>
  );
}

function RadioGroup<Value extends string>(props: {
  readonly legend: string;
  readonly name: string;
  readonly choices: readonly Choice<Value>[];
  readonly value: Value;
  readonly onChange: (value: Value) => void;
}) {
  const baseId = useId();
  return (
    <fieldset className="demo-radio-group">
      <legend>{props.legend}</legend>
      {props.choices.map((choice) => {
        const id = `${baseId}${choice.value}`;
        return (
          <div className="demo-radio" key={choice.value}>
            <input
              type="radio"
              id={id}
              name={props.name}
              value={choice.value}
              checked={props.value === choice.value}
              onChange={() => props.onChange(choice.value)}
              aria-describedby={`${id}-description`}
            />
            <label htmlFor={id}>{choice.label}</label>
            <p id={`${id}-description`} className="demo-muted">
              {choice.description}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
