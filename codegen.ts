// graphql-codegen: resolver types for each subgraph (federation mode), with
// each GraphQL object type mapped to the row type its resolvers receive, and
// typed operations for the web application from the API schema.
// Run `npm run codegen` after changing schema/*.graphql or web/app/**/*.graphql
// (`npm run schema` composes first); never edit the output.
import type { CodegenConfig } from '@graphql-codegen/cli';

/** GraphQL type → row type exported from `subgraphs/<name>/rows.ts` as `<Type>Row`. */
const mappedTypes = {
  vgr: ['Boende', 'Vardcentral', 'Lakare', 'Narsjukvardsteam', 'Kommun', 'Naromrade', 'Patient', 'Loggutdrag', 'Listning', 'FastLakarkontakt', 'NarsjukvardsteamEpisod'],
  kommun: ['Kommun', 'Boende', 'Naromrade', 'Patient', 'Loggutdrag', 'HemsjukvardInskrivning', 'HemtjanstBeslut', 'BoendeVistelse'],
  samverkan: ['Vardsamverkansomrade', 'Kommun', 'Naromrade', 'Naromradesplan', 'Naromradesplanskillnad', 'AndratBoendeansvar', 'AndradAtgard', 'Boendeansvar', 'Atgard', 'Huvudman', 'Avvikelse', 'Sip', 'Patient', 'Loggutdrag', 'Boende', 'Vardcentral', 'Lakare', 'Motesdeltagare'],
  entry: ['Patient', 'Loggutdrag'],
} as const;

function subgraphTarget(name: keyof typeof mappedTypes, folder: string) {
  return {
    schema: `schema/${name}.graphql`,
    plugins: ['typescript', 'typescript-resolvers'],
    config: {
      federation: true,
      useTypeImports: true,
      useIndexSignature: true,
      enumsAsTypes: true,
      contextType: `../context.js#${pascal(name)}Context`,
      scalars: { Date: 'string', DateTime: 'string', Patientpseudonymer: 'string' },
      mappers: Object.fromEntries(mappedTypes[name].map((type) => [type, `../rows.js#${type}Row`])),
    },
    // The generated file lives in `<folder>/generated/resolvers.ts`.
    folder,
  };
}

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

const targets = [
  subgraphTarget('vgr', 'subgraphs/vgr'),
  subgraphTarget('kommun', 'subgraphs/kommun'),
  subgraphTarget('samverkan', 'subgraphs/samverkan'),
  subgraphTarget('entry', 'gateway/entry'),
];

/**
 * The web application's operations, typed against what clients see (schema/api.graphql, made by `npm run compose`).
 * typescript-operations 6 emits the enums and inputs the operations use by itself; adding the `typescript` plugin
 * as well declares each used enum twice (TS2300 in `tsc -p web`).
 */
const webOperations = {
  schema: 'schema/api.graphql',
  documents: ['web/app/**/*.graphql'],
  plugins: ['typescript-operations', 'typed-document-node'],
  config: {
    useTypeImports: true,
    enumsAsTypes: true,
    avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
    scalars: { Date: 'string', DateTime: 'string', Patientpseudonymer: 'string' },
  },
};

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    ...Object.fromEntries(targets.map(({ folder, ...target }) => [`${folder}/generated/resolvers.ts`, target])),
    'web/app/generated/graphql.ts': webOperations,
  },
  hooks: {},
};

export default config;
