// `npm run token -- --roll vardpersonal --huvudman 1480 [options]`: prints a
// token from the local development issuer (the key pair `npm start` made in
// .data/dev-issuer), so anyone can try every role. Never for production.
//
//   --roll R            vardpersonal | nosam | analytiker | granskare | system (repeatable)
//   --huvudman H        VGR or a kommunkod (default VGR)
//   --organisation HSA  the unit the user acts for (default: a unit of the huvudman)
//   --anvandare HSA     the user's employee HSA-id (default: a synthetic one of the huvudman)
//   --klient ID         a system client's id (with --roll system)
//   --scope S           a system scope, e.g. patient:read (repeatable)
//   --timmar N          lifetime in hours (default 8; at most what the services accept,
//                       SAMSYN_TOKEN_MAX_LIFETIME_SECONDS, 12 h by default)
import { parseArgs } from 'node:util';
import { readMaxTokenLifetimeSeconds } from '../platform/auth/authConfig.js';
import { developmentHsaPrefix } from '../platform/auth/developmentIdentity.js';
import { defaultDevelopmentLifetimeSeconds, ensureDevelopmentIssuer, signDevelopmentToken } from '../platform/auth/developmentIssuer.js';
import { isRole, roles, type Role } from '../platform/auth/roles.js';
import { describeSeconds } from '../platform/auth/tokenLifetime.js';
import { ConfigurationError } from '../platform/config/environment.js';
import { isHsaId } from '../platform/identifiers/hsaId.js';
import { isHuvudmanId } from '../platform/identifiers/huvudman.js';
import { developmentIssuerDirectory } from './developmentIssuerDirectory.js';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    roll: { type: 'string', multiple: true },
    huvudman: { type: 'string', default: 'VGR' },
    organisation: { type: 'string' },
    anvandare: { type: 'string' },
    klient: { type: 'string' },
    scope: { type: 'string', multiple: true },
    timmar: { type: 'string' },
  },
});

const requestedRoles = values.roll ?? [];
if (requestedRoles.length === 0) fail(`Name at least one --roll (${roles.join(', ')}).`);
const unknownRole = requestedRoles.find((role) => !isRole(role));
if (unknownRole) fail(`Unknown role "${unknownRole}"; choose from ${roles.join(', ')}.`);
const huvudman = values.huvudman;
if (!isHuvudmanId(huvudman)) fail('--huvudman must be VGR or a Västra Götaland kommunkod (1401–1499).');
const orgPrefix = developmentHsaPrefix(huvudman);
const organisationHsaId = values.organisation ?? `${orgPrefix}-E000000000001`;
if (!isHsaId(organisationHsaId)) fail('--organisation must be an HSA-id.');
const isSystem = requestedRoles.includes('system');
const employeeHsaId = isSystem ? undefined : (values.anvandare ?? `${orgPrefix}-P000000000001`);
if (employeeHsaId !== undefined && !isHsaId(employeeHsaId)) fail('--anvandare must be an HSA-id.');
let maxLifetimeSeconds: number;
try {
  maxLifetimeSeconds = readMaxTokenLifetimeSeconds(process.env);
} catch (error) {
  if (!(error instanceof ConfigurationError)) throw error;
  fail(error.message);
}
// The services refuse a token living longer than their limit: refuse here, with the limit, rather than sign it.
const lifetimeSeconds = values.timmar === undefined ? defaultDevelopmentLifetimeSeconds(maxLifetimeSeconds) : Math.round(Number(values.timmar) * 3600);
if (!(lifetimeSeconds > 0 && lifetimeSeconds <= maxLifetimeSeconds)) {
  fail(
    `--timmar must be a number of hours above 0 and at most ${maxLifetimeSeconds / 3600}: ` +
      `the services refuse a token living longer than ${describeSeconds(maxLifetimeSeconds)} (SAMSYN_TOKEN_MAX_LIFETIME_SECONDS=${maxLifetimeSeconds}).`,
  );
}

const directory = developmentIssuerDirectory(process.env);
await ensureDevelopmentIssuer(directory);
const token = await signDevelopmentToken(directory, {
  roles: requestedRoles as Role[],
  huvudman,
  organisationHsaId,
  ...(employeeHsaId ? { employeeHsaId } : { subject: values.klient ?? 'samsyn-dev-system-client' }),
  scopes: values.scope ?? [],
  lifetimeSeconds,
});
console.log(token);
