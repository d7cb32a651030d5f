import type { Tenant } from '@tenantkit/core';

// Logos as inline SVG: the stories never touch the network.
const logo = (fill: string, shape: string) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${fill}"/>${shape}</svg>`,
  )}`;

const logos: Readonly<Record<string, string>> = {
  company1: logo('#0f766e', '<circle cx="16" cy="16" r="8" fill="#fff"/>'),
  company2: logo('#7c3aed', '<path d="M8 24 16 8l8 16z" fill="#fff"/>'),
};

/** A logo for some of the seed tenants; the others show their initials. */
export const avatarOf = (tenant: Tenant): string | undefined => logos[tenant.id];
