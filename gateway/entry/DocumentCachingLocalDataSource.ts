// The entry subgraph, run in the gateway's process: like @apollo/gateway's
// LocalGraphQLDataSource, but each distinct fetch text is parsed and validated
// once. The plain one calls graphql() per fetch, and validating the plan's
// fetch again on every request was a tenth of the gateway's CPU per patient
// picture (`npm run bench:servicetid -- --profile`). The texts come from query
// plans, so there are few of them.
import { LocalGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { execute, GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';

type GatewayResponse = Awaited<ReturnType<LocalGraphQLDataSource['process']>>;

/** A parsed and valid document, or the errors that made it unusable. */
export type CheckedDocument = { document: DocumentNode } | { errors: readonly GraphQLError[] };

export class DocumentCachingLocalDataSource<Context extends Record<string, any>> extends LocalGraphQLDataSource<Context> {
  private readonly documents = new Map<string, CheckedDocument>();

  private readonly maxDocuments: number;
  private readonly check: (schema: GraphQLSchema, text: string) => CheckedDocument;

  constructor(
    schema: GraphQLSchema,
    options: {
      /** Distinct texts kept at most; when full, the memory starts over (more texts than plans mean misuse). */
      maxDocuments?: number;
      /** How a text is parsed and validated (tests count the calls). */
      check?: (schema: GraphQLSchema, text: string) => CheckedDocument;
    } = {},
  ) {
    super(schema);
    this.maxDocuments = options.maxDocuments ?? 1000;
    this.check = options.check ?? parseAndValidate;
  }

  override async process({ request, context }: GraphQLDataSourceProcessOptions<Context>): Promise<GatewayResponse> {
    const checked = this.checkedDocument(request.query ?? '');
    if ('errors' in checked) return { errors: checked.errors };
    return execute({
      schema: this.schema,
      document: checked.document,
      variableValues: request.variables,
      operationName: request.operationName,
      contextValue: context,
    }) as Promise<GatewayResponse>;
  }

  private checkedDocument(text: string): CheckedDocument {
    let checked = this.documents.get(text);
    if (!checked) {
      checked = this.check(this.schema, text);
      if (this.documents.size >= this.maxDocuments) this.documents.clear();
      this.documents.set(text, checked);
    }
    return checked;
  }
}

export function parseAndValidate(schema: GraphQLSchema, text: string): CheckedDocument {
  let document: DocumentNode;
  try {
    document = parse(text);
  } catch (error) {
    return { errors: [error as GraphQLError] };
  }
  const errors = validate(schema, document);
  return errors.length > 0 ? { errors } : { document };
}
