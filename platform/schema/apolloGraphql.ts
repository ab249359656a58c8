// The copy of graphql that Apollo's packages load (CommonJS): the schemas @apollo/subgraph and @apollo/gateway
// build come from it, so validating, walking or coercing against one needs the same copy. Under Node an ESM import
// of 'graphql' finds it too; under vitest it finds the ESM build, whose classes another realm's schema fails.
import { createRequire } from 'node:module';

export const apolloGraphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
