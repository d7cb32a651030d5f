import { randomBytes } from 'node:crypto';

/** Single-use tickets that `/co/authenticate` issues and `/authorize?login_ticket=` redeems. */
export interface LoginTickets {
  issue(clientId: string, userId: string): string;
  /** The ticket's user, once: any redemption (even for another client) consumes it. */
  redeem(ticket: string, clientId: string): string | undefined;
}

/** How long a login ticket stays valid: long enough for the redirect that follows it. */
export const LOGIN_TICKET_TTL_MS = 2 * 60 * 1000;

interface Ticket {
  readonly clientId: string;
  readonly userId: string;
  readonly expiresAt: number;
}

/**
 * Creates the in-memory ticket store.
 *
 * @example
 * ```ts
 * const tickets = createLoginTickets({ now: Date.now });
 * const ticket = tickets.issue('tenantkit-demo', user.id);
 * tickets.redeem(ticket, 'tenantkit-demo'); // user.id, then undefined
 * ```
 */
export function createLoginTickets(options: { readonly now: () => number }): LoginTickets {
  const { now } = options;
  const tickets = new Map<string, Ticket>();
  return {
    issue(clientId, userId) {
      for (const [value, ticket] of tickets) {
        if (ticket.expiresAt <= now()) tickets.delete(value);
      }
      const value = randomBytes(24).toString('base64url');
      tickets.set(value, { clientId, userId, expiresAt: now() + LOGIN_TICKET_TTL_MS });
      return value;
    },
    redeem(value, clientId) {
      const ticket = tickets.get(value);
      tickets.delete(value);
      if (ticket === undefined || ticket.expiresAt <= now() || ticket.clientId !== clientId)
        return undefined;
      return ticket.userId;
    },
  };
}
