// Every operation the project ships (the web application's, the API explorer's examples, the README's and the
// benchmark's) stays well within the default operation limits: at most half of each, so a default that no
// longer leaves that margin fails here before a user meets the refusal. The measures are the ones the gateway
// applies (GraphQL Armor's rules, the list fan-out cost, graphql-js's lexer).
import { readFileSync } from 'node:fs';
import { fragmentsUnder, graphqlFiles, operationDocument } from './support/operationDocument.js';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentNode, GraphQLInputType, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { avvikelseanalysQuery } from '../bench/gateways/workloads/avvikelseanalys.js';
import { patientsidaPageSize, patientsidaQuery } from '../bench/gateways/workloads/patientsida.js';
import { batchedReportMutation, reportsPerBatch, taEmotMutation } from '../bench/gateways/workloads/skrivmix.js';
import { countTokens } from '../platform/limits/countTokens.js';
import { measureDocument } from '../platform/limits/documentMeasures.js';
import { listSizesFromSdl } from '../platform/limits/listSizes.js';
import { createCostCalculator } from '../platform/limits/operationCost.js';
import { defaultOperationLimits } from '../platform/limits/operationLimits.js';
import { maxPageSize } from '../subgraphs/common/pagination/cursor.js';
import { apolloGraphql } from '../platform/schema/apolloGraphql.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const { buildSchema, parse, print, Kind, getNamedType, getNullableType, isCompositeType, isInputObjectType, isEnumType, isListType, isNonNullType, isObjectType, typeFromAST } =
  apolloGraphql;

const apiSchema: GraphQLSchema = buildSchema(readFileSync(join(root, 'schema/api.graphql'), 'utf8'));
const listSizes = listSizesFromSdl(parse(readFileSync(join(root, 'schema/supergraph.graphql'), 'utf8')));
const cost = createCostCalculator({ listSizes, defaultListSize: defaultOperationLimits.defaultListSize });

interface ShippedOperation {
  name: string;
  source: string;
  document: DocumentNode;
  variables: Record<string, unknown>;
}

/** Variables as large as the server accepts where they size a list: the worst case each operation can ask for. */
const slicingValues: Record<string, number> = { first: maxPageSize };

/** The web app's fragments, which an operation may use from another file. */
const webFragments = fragmentsUnder(join(root, 'web/app'));


/** A value of `type` that coerces: required input fields filled, enums their first value, lists of one. */
function sampleValue(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name);
  if (isListType(type)) return [sampleValue(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sampleValue(field.type, field.name)]),
    );
  }
  switch (getNamedType(type).name) {
    case 'Int':
      return slicingValues[name] ?? 1;
    case 'Float':
      return 1.5;
    case 'Date':
      return '2026-01-01';
    case 'Boolean':
      return true;
    default:
      return 'x';
  }
}

function operationsOf(name: string, source: string, variables: Record<string, unknown> = {}): ShippedOperation[] {
  const document = parse(source);
  return document.definitions
    .filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
    .map((operation, index) => {
      const single = operationDocument(operation, document, webFragments);
      const sampled = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((definition) => [
          definition.variable.name.value,
          sampleValue(typeFromAST(apiSchema, definition.type as never) as GraphQLInputType, definition.variable.name.value),
        ]),
      );
      return { name: `${name} ${operation.name?.value ?? `#${index + 1}`}`, source: print(single), document: single, variables: { ...sampled, ...variables } };
    });
}

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const shipped: ShippedOperation[] = [
  ...graphqlFiles(join(root, 'web/app')).flatMap((path) => operationsOf(path.slice(root.length), readFileSync(path, 'utf8'))),
  ...[...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap((match, index) => operationsOf(`README example ${index + 1}`, match[1]!)),
  ...operationsOf('bench patientsida', patientsidaQuery, { first: patientsidaPageSize }),
  ...operationsOf('bench avvikelseanalys', avvikelseanalysQuery),
  ...operationsOf('bench skrivmix preparation', batchedReportMutation(Array.from({ length: reportsPerBatch }, () => ({}))).query),
  ...operationsOf('bench skrivmix receipt', taEmotMutation),
];

describe('every operation the project ships', () => {
  it('was found: the web application, the explorer, the README and the benchmark', () => {
    const sources = new Set(shipped.map((operation) => operation.name.split(' ')[0]));
    expect(shipped.length).toBeGreaterThan(25);
    expect([...sources].some((source) => source?.includes('utforskare'))).toBe(true);
    expect(sources).toContain('README');
    expect(sources).toContain('bench');
  });

  it.each(shipped.map((operation) => [operation.name, operation] as const))('%s is valid and within half of every default limit', (_name, operation) => {
    expect(apolloGraphql.validate(apiSchema, operation.document).map((error) => error.message)).toEqual([]);
    const measured = {
      tokens: countTokens(operation.source)!,
      ...measureDocument(apiSchema, operation.document),
      cost: cost({ schema: apiSchema, document: operation.document, operationName: null, variables: operation.variables }),
    };
    const limits = defaultOperationLimits;
    expect(measured.tokens, 'tokens').toBeLessThanOrEqual(limits.maxTokens / 2);
    expect(measured.depth, 'depth').toBeLessThanOrEqual(limits.maxDepth / 2);
    expect(measured.aliases, 'aliases').toBeLessThanOrEqual(limits.maxAliases / 2);
    expect(measured.directives, 'directives').toBeLessThanOrEqual(limits.maxDirectives / 2);
    expect(measured.cost, 'cost').toBeLessThanOrEqual(limits.maxCost / 2);
  });
});

describe('the schema the costs are estimated over', () => {
  it('declares the size of every list of objects (@listSize), so none is costed at a guessed default', () => {
    const undeclared = Object.values(apiSchema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
      .flatMap((type) => Object.values((type as import('graphql').GraphQLObjectType).getFields()).map((field) => ({ coordinate: `${type.name}.${field.name}`, field })))
      .filter(({ field }) => isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type)))
      .map(({ coordinate }) => coordinate)
      .filter((coordinate) => !listSizes.fields.has(coordinate) && !listSizes.sizedByParent.has(coordinate));
    expect(undeclared).toEqual([]);
  });
});
