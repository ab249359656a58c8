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
//   --timmar N          lifetime in hours (default 8)
import { parseArgs } from 'node:util';
import { developmentHsaPrefix } from '../subgraphs/common/auth/developmentIdentity.js';
import { ensureDevelopmentIssuer, signDevelopmentToken } from '../subgraphs/common/auth/developmentIssuer.js';
import { isRole, roles, type Role } from '../subgraphs/common/auth/roles.js';
import { isHsaId } from '../subgraphs/common/identifiers/hsaId.js';
import { isHuvudmanId } from '../subgraphs/common/identifiers/huvudman.js';
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
    timmar: { type: 'string', default: '8' },
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
const hours = Number(values.timmar);
if (!(hours > 0 && hours <= 24)) fail('--timmar must be a number of hours from 0 to 24.');

const directory = developmentIssuerDirectory(process.env);
await ensureDevelopmentIssuer(directory);
const token = await signDevelopmentToken(directory, {
  roles: requestedRoles as Role[],
  huvudman,
  organisationHsaId,
  ...(employeeHsaId ? { employeeHsaId } : { subject: values.klient ?? 'samsyn-dev-system-client' }),
  scopes: values.scope ?? [],
  lifetimeSeconds: Math.round(hours * 3600),
});
console.log(token);
