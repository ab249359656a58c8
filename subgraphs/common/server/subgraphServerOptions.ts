// The Apollo Server options every subgraph runs with, the same in its process and in the tests' in-process
// server: what refuses a request before it executes (limits, control characters, the internal surface without
// the gateway's proof), and the access log written before any answer leaves.
import { requestLogPlugin } from '../../../platform/logging/requestLogPlugin.js';
import { requestMetricsPlugin, type RequestMetrics } from '../../../platform/metrics/requestMetricsPlugin.js';
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { parse, type ValidationRule } from 'graphql';
import type { Kysely } from 'kysely';
import { atkomstloggPlugin } from '../atkomstlogg/atkomstloggPlugin.js';
import { gatewayOnlyPlugin } from '../../../platform/gatewayTrust/gatewayOnlyPlugin.js';
import { controlCharacterPlugin } from '../../../platform/input/controlCharacterPlugin.js';
import { operationLimitsOptions } from '../../../platform/limits/operationLimitsOptions.js';
import type { OperationLimits } from '../../../platform/limits/operationLimits.js';
import { operationResolutionPlugin } from '../../../platform/server/operationResolutionPlugin.js';
import type { BaseRequestContext } from './requestContext.js';

export function subgraphServerOptions<Context extends BaseRequestContext>(
  schemaUrl: URL,
  db: () => Kysely<any>,
  limits: OperationLimits,
  /** The service's request histogram and error counter; none in the tests' in-process subgraphs. */
  metrics?: RequestMetrics,
): { plugins: ApolloServerPlugin<Context>[]; validationRules: ValidationRule[] } {
  const sdl = parse(readFileSync(schemaUrl, 'utf8'));
  const limiting = operationLimitsOptions<Context>(limits, sdl);
  return {
    plugins: [
      // Federated traces only serve Apollo's hosted reporting, which Samsyn does not use; cache-control hints
      // (on by default) would wrap every field's resolver for answers no one caches: a 6,000-cell analysis paid
      // about a tenth of its time for them.
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      requestLogPlugin<Context>(),
      operationResolutionPlugin<Context>(),
      // All run; the first refusal in this order is the answer: who may ask, then what was sent, then how much.
      gatewayOnlyPlugin<Context>(sdl),
      controlCharacterPlugin<Context>(),
      ...limiting.plugins,
      atkomstloggPlugin<Context>(db),
      ...(metrics ? [requestMetricsPlugin<Context>(metrics)] : []),
    ],
    validationRules: limiting.validationRules,
  };
}
