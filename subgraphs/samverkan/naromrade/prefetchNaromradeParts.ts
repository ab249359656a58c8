// Starts the reads of a närområde's parts that need nothing but its id together with the read of the närområde
// itself, so that they reach PostgreSQL in the same message (common/database/readCombiningDriver.ts) instead of
// a round trip later, when the resolvers below the row ask for them. The resolvers read the same DataLoader
// promises, so nothing is read twice and every answer still comes from the resolver that checks its field.
import type { GraphQLResolveInfo } from 'graphql';
import type { SamverkanLoaders } from '../loaders/samverkanLoaders.js';
import { isFieldSelected } from '../resolvers/isFieldSelected.js';

type PrefetchLoaders = Pick<SamverkanLoaders, 'naromradesplanerByNaromrade' | 'motenByNaromrade' | 'boendeIdsInForceByNaromrade'>;

/** For `Query.naromrade`: the plan versions and the meetings, when the client selected them. */
export function prefetchNaromradeParts(loaders: PrefetchLoaders, id: string, info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): void {
  if (isFieldSelected(info, 'naromradesplan') || isFieldSelected(info, 'naromradesplaner')) settled(loaders.naromradesplanerByNaromrade.load(id));
  if (isFieldSelected(info, 'moten')) settled(loaders.motenByNaromrade.load(id));
}

/** For a Naromrade reference that carries the kommun's boenden (`@requires`, only for `boendenUtanAnsvar`). */
export function prefetchBoendenMedAnsvar(loaders: PrefetchLoaders, id: string): void {
  settled(loaders.boendeIdsInForceByNaromrade.load(id));
}

/** A failure is reported by the resolver that reads the promise again, never as an unhandled rejection here. */
function settled(read: Promise<unknown>): void {
  read.catch(() => undefined);
}
