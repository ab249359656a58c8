// The Apollo Server plugins every subgraph runs, the same in its process and in the tests' in-process server:
// what refuses a request before it executes, and the access log written before any answer leaves.
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { parse } from 'graphql';
import type { Kysely } from 'kysely';
import { accessLogPlugin } from '../accessLog/accessLogPlugin.js';
import { gatewayOnlyPlugin } from '../gatewayTrust/gatewayOnlyPlugin.js';
import { controlCharacterPlugin } from '../input/controlCharacterPlugin.js';
import type { BaseRequestContext } from './requestContext.js';

export function subgraphPlugins<Context extends BaseRequestContext>(schemaUrl: URL, db: () => Kysely<any>): ApolloServerPlugin<Context>[] {
  return [
    // Federated traces only serve Apollo's hosted reporting, which Samsyn does not use; cache-control hints
    // (on by default) would wrap every field's resolver for answers no one caches: a 6,000-cell analysis paid
    // about a tenth of its time for them.
    ApolloServerPluginInlineTraceDisabled(),
    ApolloServerPluginCacheControlDisabled(),
    controlCharacterPlugin<Context>(),
    gatewayOnlyPlugin<Context>(parse(readFileSync(schemaUrl, 'utf8'))),
    accessLogPlugin<Context>(db),
  ];
}
