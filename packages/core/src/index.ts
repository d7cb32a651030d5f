export { parseEmail } from './email/parse-email.js';
export type { EmailError, ParsedEmail, ParseEmailResult } from './email/parse-email.js';
export { parseDomain } from './email/parse-domain.js';
export type { DomainError, ParseDomainResult } from './email/parse-domain.js';
