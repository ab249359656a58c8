// Root fields: the kommuner and their boenden (reference data, every role),
// and the kommun access log (granskare of a kommun). Arguments are validated
// before any query; a well-formed but unknown key gives null or an empty list.
import { listAccessLog, type AccessLogScope } from '../../common/accessLog/queryAccessLog.js';
import { verifyAccessLog } from '../../common/accessLog/verifyAccessLog.js';
import type { Identity } from '../../common/auth/Identity.js';
import { forbidden } from '../../common/auth/requireAccess.js';
import { parseKommunkod } from '../../common/identifiers/kommunkod.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { accessLogScope } from '../access/kommunAccess.js';
import { parseBoendeId } from '../identifiers/boendeId.js';
import { selectAllKommuner } from '../loaders/kommunByKod.js';

export const Query: QueryResolvers = {
  kommuner: (_parent, _args, context) => selectAllKommuner(context.db),

  kommun: (_parent, { kod }, context) => context.loaders.kommun.load(parseKommunkod(kod, 'kod')),

  boende: (_parent, { id }, context) => context.loaders.boende.load(parseBoendeId(id, 'id')),

  boenden: async (_parent, { kommunkod, typ }, context) => {
    const boenden = await context.loaders.boendenByKommun.load(parseKommunkod(kommunkod, 'kommunkod'));
    return typ ? boenden.filter((boende) => boende.typ === typ) : boenden;
  },

  kommunensAtkomstlogg: (_parent, { filter, first, after }, context) =>
    listAccessLog(context.db, requireAccessLogScope(context.identity), filter, first, after),

  // The whole table is one hash chain (all kommuner's rows), so it is checked whole.
  kommunensAtkomstloggVerifiering: (_parent, _args, context) => {
    requireAccessLogScope(context.identity);
    return verifyAccessLog(context.db);
  },
};

function requireAccessLogScope(identity: Identity): AccessLogScope {
  const scope = accessLogScope(identity);
  if (!scope) throw forbidden("Your role may not read the kommun's access log: it is for granskare of a kommun.");
  return scope;
}
