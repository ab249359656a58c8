// The gateway's last step, shaping the merged subgraph answers into the client's answer, compiled once per
// operation. @apollo/gateway's own `computeResponse` re-reads the operation for every value it copies (directive
// lookups, type tests through module getters), which on the large analysis was most of the gateway's CPU. This
// computes the same answer and the same errors (resultShapingEquivalence.test.ts compares the two) from a plan
// made once: per selection its response name, skip/include conditions, value kind and leaf check.
import {
  ERRORS,
  isCompositeType,
  isCustomScalarType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isSubtype,
  Variable,
  type CompositeType,
  type Directive,
  type NamedType,
  type Operation,
  type Schema,
  type Selection,
  type SelectionSet,
  type Type,
} from '@apollo/federation-internals';
import type { GraphQLError } from 'graphql';

/** What `computeResponse` of @apollo/gateway takes and gives. */
export interface ComputeResponseArguments {
  operation: Operation;
  variables?: Record<string, unknown> | undefined;
  input: Record<string, unknown> | null | undefined;
  introspectionHandling: (selection: Selection) => unknown;
}

export interface ComputedResponse {
  data: Record<string, unknown> | null | undefined;
  errors: GraphQLError[];
}

type Path = (string | number)[];

interface Parameters {
  variables: Record<string, unknown>;
  errors: GraphQLError[];
  introspectionHandling: (selection: Selection) => unknown;
  shape: CompiledOperation;
}

/** `@skip(if:)` / `@include(if:)` of one selection: a constant or a variable name. */
interface Condition {
  skipWhen: boolean;
  value: boolean | string;
}

interface FieldStep {
  kind: 'field';
  conditions: Condition[] | null;
  responseName: string;
  /** The selection itself, for introspection fields (answered by the gateway). */
  introspection: Selection | null;
  isTypename: boolean;
  value: ValueShape;
}

interface FragmentStep {
  kind: 'fragment';
  conditions: Condition[] | null;
  /** Name of the type condition; null when the fragment has none. */
  typeCondition: NamedType | null;
  steps: Step[];
}

type Step = FieldStep | FragmentStep;

/** `hasSelections`: the field has a selection set (the original keeps an existing leaf value as it is). */
type ValueShape =
  | { kind: 'nonNull'; ofType: ValueShape; typeText: string; hasSelections: boolean }
  | { kind: 'list'; ofType: ValueShape; typeText: string; hasSelections: boolean }
  | { kind: 'composite'; type: CompositeType; steps: Step[]; hasSelections: true }
  | { kind: 'leaf'; typeText: string; isValid: (value: unknown) => boolean; hasSelections: false };

interface CompiledOperation {
  schema: Schema;
  rootTypeName: string;
  steps: Step[];
  defaultedVariables: Record<string, unknown>;
  /** Per type condition and runtime type name: whether the condition applies (isSubtype, remembered). */
  subtypeAnswers: Map<NamedType, Map<string, boolean>>;
  /** Runtime type names seen in `__typename`, looked up once. */
  typesByName: Map<string, NamedType | undefined>;
}

const integerString = /^[+-]?\d+$/;

/** Builds the plan of one operation. Pure; the caller keeps it for later requests of the same operation. */
export function compileResponseShape(operation: Operation): CompiledOperation {
  const schema = operation.schema();
  const rootType = schema.schemaDefinition.rootType(operation.rootKind);
  if (!rootType) throw new Error(`The schema has no ${operation.rootKind} type`);
  const leafCheckers = new Map<Type, (value: unknown) => boolean>();
  const leafChecker = (type: Type): ((value: unknown) => boolean) => {
    let checker = leafCheckers.get(type);
    if (!checker) {
      checker = makeLeafChecker(schema, type);
      leafCheckers.set(type, checker);
    }
    return checker;
  };

  const compileSelectionSet = (selectionSet: SelectionSet): Step[] =>
    selectionSet.selections().map((selection): Step => {
      const conditions = compileConditions(selection.element.appliedDirectives as readonly Directive<any, any>[], schema);
      if (selection.kind === 'FieldSelection') {
        const field = selection.element;
        const isIntrospection = field.definition.isSchemaIntrospectionField();
        const isTypename = field.name === '__typename';
        return {
          kind: 'field',
          conditions,
          responseName: field.responseName(),
          introspection: isIntrospection ? selection : null,
          isTypename,
          value: isIntrospection || isTypename ? { kind: 'leaf', typeText: '', isValid: () => true, hasSelections: false } : compileValue(field.definition.type!, selection.selectionSet),
        };
      }
      return {
        kind: 'fragment',
        conditions,
        typeCondition: (selection.element.typeCondition as NamedType | undefined) ?? null,
        steps: compileSelectionSet(selection.selectionSet),
      };
    });

  const compileValue = (type: Type, selectionSet: SelectionSet | undefined): ValueShape => {
    const hasSelections = selectionSet !== undefined;
    if (isNonNullType(type)) return { kind: 'nonNull', ofType: compileValue(type.ofType, selectionSet), typeText: type.ofType.toString(), hasSelections };
    if (isListType(type)) return { kind: 'list', ofType: compileValue(type.ofType, selectionSet), typeText: type.toString(), hasSelections };
    if (isCompositeType(type)) {
      if (!selectionSet) throw new Error(`Invalid empty selection set for composite type ${type}`);
      return { kind: 'composite', type, steps: compileSelectionSet(selectionSet), hasSelections: true };
    }
    return { kind: 'leaf', typeText: type.toString(), isValid: leafChecker(type), hasSelections: false };
  };

  return {
    schema,
    rootTypeName: rootType.name,
    steps: compileSelectionSet(operation.selectionSet),
    defaultedVariables: operation.collectDefaultedVariableValues() as Record<string, unknown>,
    subtypeAnswers: new Map(),
    typesByName: new Map(),
  };
}

/** The answer computeResponse would give, from a compiled plan. */
export function shapeResponse(shape: CompiledOperation, args: ComputeResponseArguments): ComputedResponse {
  const { input } = args;
  if (!input) return { data: input, errors: [] };
  const parameters: Parameters = {
    variables: { __proto__: null, ...shape.defaultedVariables, ...args.variables } as Record<string, unknown>,
    errors: [],
    introspectionHandling: args.introspectionHandling,
    shape,
  };
  const data: Record<string, unknown> = Object.create(null);
  const bubbled = applySteps(shape.steps, input, data, parameters, [], shape.rootTypeName);
  return { data: bubbled ? null : data, errors: parameters.errors };
}

function compileConditions(directives: readonly Directive<any, any>[], schema: Schema): Condition[] | null {
  const conditions: Condition[] = [];
  // Only the first @skip and the first @include count, as in @apollo/gateway.
  for (const definition of [schema.skipDirective(), schema.includeDirective()]) {
    const directive = directives.find((candidate) => candidate.name === definition.name);
    if (!directive) continue;
    const ifArgument = directive.arguments()['if'];
    conditions.push({ skipWhen: definition.name === 'skip', value: ifArgument instanceof Variable ? ifArgument.name : Boolean(ifArgument) });
  }
  return conditions.length === 0 ? null : conditions;
}

function isSkipped(conditions: Condition[], variables: Record<string, unknown>): boolean {
  for (const condition of conditions) {
    let value = condition.value;
    if (typeof value === 'string') {
      const variable = variables[value];
      if (typeof variable !== 'boolean') throw new Error(`Unexpected value ${String(variable)} for variable $${value} of @${condition.skipWhen ? 'skip' : 'include'}`);
      value = variable;
    }
    if (value === condition.skipWhen) return true;
  }
  return false;
}

function makeLeafChecker(schema: Schema, type: Type): (value: unknown) => boolean {
  if (isCustomScalarType(type)) return () => true;
  const isBoolean = type === schema.booleanType();
  const isIntegerLike = type === schema.intType() || type === schema.idType();
  const isFloat = type === schema.floatType();
  const isInt = type === schema.intType();
  const enumValues = isEnumType(type) ? new Set(type.values.map((value) => value.name)) : null;
  return (value) => {
    if (typeof value === 'boolean') return isBoolean;
    if (typeof value === 'number' && Number.isFinite(value)) return isIntegerLike ? integerString.test(String(value)) : isFloat;
    if (typeof value === 'string') return enumValues ? enumValues.has(value) : !isBoolean && !isInt && !isFloat;
    return false;
  };
}

function getOwn(object: Record<string, unknown>, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, name) ? object[name] : undefined;
}

function lookUpType(parameters: Parameters, name: string): NamedType | undefined {
  const { typesByName, schema } = parameters.shape;
  if (typesByName.has(name)) return typesByName.get(name);
  const type = schema.type(name);
  typesByName.set(name, type);
  return type;
}

function conditionApplies(parameters: Parameters, condition: NamedType, typename: unknown, parentTypeName: string): boolean {
  const runtimeName = typename ? (typename as string) : parentTypeName;
  let answers = parameters.shape.subtypeAnswers.get(condition);
  if (!answers) {
    answers = new Map();
    parameters.shape.subtypeAnswers.set(condition, answers);
  }
  let applies = answers.get(runtimeName);
  if (applies === undefined) {
    const type = lookUpType(parameters, runtimeName);
    applies = !!type && isSubtype(condition as any, type as any);
    answers.set(runtimeName, applies);
  }
  return applies;
}

/** Returns true when a null must bubble up to the parent (a non-null field came back null). */
function applySteps(
  steps: Step[],
  input: Record<string, unknown>,
  output: Record<string, unknown>,
  parameters: Parameters,
  path: Path,
  parentTypeName: string,
): boolean {
  for (const step of steps) {
    if (step.conditions && isSkipped(step.conditions, parameters.variables)) continue;
    if (step.kind === 'field') {
      const { responseName } = step;
      const outputValue = output[responseName];
      if (step.introspection) {
        if (outputValue === undefined) output[responseName] = parameters.introspectionHandling(step.introspection);
        continue;
      }
      let inputValue = getOwn(input, responseName) ?? null;
      if (step.isTypename) {
        if (outputValue === undefined) {
          if (inputValue === null && responseName !== '__typename') inputValue = input['__typename'] ?? null;
          const type = (inputValue !== null && typeof inputValue === 'string' ? lookUpType(parameters, inputValue) : undefined) ?? lookUpType(parameters, parentTypeName);
          if (!type || !isObjectType(type)) return true;
          output[responseName] = type.name;
        }
        continue;
      }
      path.push(responseName);
      const result = updateValue(step.value, outputValue, inputValue, path, parameters, parentTypeName);
      output[responseName] = result.updated;
      path.pop();
      if (result.isInvalid) return true;
    } else {
      const typename = input['__typename'];
      if (typename && typeof typename !== 'string') throw new Error(`Got unexpected value for __typename: ${String(typename)}`);
      if (step.typeCondition === null || conditionApplies(parameters, step.typeCondition, typename, parentTypeName)) {
        if (applySteps(step.steps, input, output, parameters, path, step.typeCondition?.name ?? parentTypeName)) return true;
      }
    }
  }
  return false;
}

interface Updated {
  updated: unknown;
  isInvalid?: boolean;
  hasErrors?: boolean;
}

function describeLast(path: Path, typeText: string, parentTypeName: string): string {
  const element = path[path.length - 1];
  return typeof element === 'string' ? `field ${parentTypeName}.${element}` : `array element of type ${typeText} at index ${String(element)}`;
}

function updateValue(shape: ValueShape, outputValue: unknown, inputValue: unknown, path: Path, parameters: Parameters, parentTypeName: string): Updated {
  if (outputValue === null || (outputValue !== undefined && !shape.hasSelections)) return { updated: outputValue };
  switch (shape.kind) {
    case 'nonNull': {
      const inner = updateValue(shape.ofType, outputValue, inputValue, path, parameters, parentTypeName);
      if (inner.updated === null) {
        if (!inner.hasErrors) {
          parameters.errors.push(
            ERRORS.INVALID_GRAPHQL.err(`Cannot return null for non-nullable ${describeLast(path, shape.typeText, parentTypeName)}.`, { path: Array.from(path) }),
          );
        }
        return { updated: null, isInvalid: true, hasErrors: true };
      }
      return { updated: inner.updated };
    }
    case 'list': {
      if (inputValue === null) return { updated: null };
      if (!Array.isArray(inputValue)) throw new Error(`Invalid non-list value ${String(inputValue)} returned by subgraph for list type ${shape.typeText}`);
      if (outputValue !== undefined && !Array.isArray(outputValue)) throw new Error(`Invalid non-list value ${String(outputValue)} returned by subgraph for list type ${shape.typeText}`);
      const existing = outputValue as unknown[] | undefined;
      if (existing && existing.length !== inputValue.length) throw new Error(`List lengths differ (${inputValue.length} and ${existing.length})`);
      let shouldNullify = false;
      let hasErrors = false;
      const updated = new Array<unknown>(inputValue.length);
      for (let index = 0; index < inputValue.length; index++) {
        path.push(index);
        const element = updateValue(shape.ofType, existing ? existing[index] : undefined, inputValue[index], path, parameters, parentTypeName);
        path.pop();
        if (element.isInvalid) shouldNullify = true;
        if (element.hasErrors) hasErrors = true;
        updated[index] = element.updated;
      }
      return { updated: shouldNullify ? null : updated, hasErrors };
    }
    case 'composite': {
      if (inputValue === null) return { updated: null };
      if (typeof inputValue !== 'object') throw new Error(`Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${shape.type}`);
      const object = inputValue as Record<string, unknown>;
      const inputTypename = object['__typename'];
      if (inputTypename !== undefined && typeof inputTypename !== 'string') throw new Error(`Invalid non-string value ${String(inputTypename)} for __typename at ${path.join(',')}`);
      let typeName = shape.type.name;
      if (inputTypename) {
        const named = lookUpType(parameters, inputTypename);
        if (!named || !isCompositeType(named)) {
          parameters.errors.push(
            ERRORS.INVALID_GRAPHQL.err(`Invalid __typename found for object at ${describeLast(path, shape.type.toString(), parentTypeName)}.`, { path: Array.from(path) }),
          );
          return { updated: null, hasErrors: true };
        }
        typeName = named.name;
      }
      const target = outputValue === undefined ? Object.create(null) : (outputValue as Record<string, unknown>);
      const bubbled = applySteps(shape.steps, object, target, parameters, path, typeName);
      return { updated: bubbled ? null : target, hasErrors: bubbled };
    }
    case 'leaf': {
      if (inputValue === null) return { updated: null };
      const isValid = shape.isValid(inputValue);
      if (!isValid) {
        parameters.errors.push(ERRORS.INVALID_GRAPHQL.err(`Invalid value found for ${describeLast(path, shape.typeText, parentTypeName)}.`, { path: Array.from(path) }));
      }
      return { updated: isValid ? inputValue : null, hasErrors: !isValid };
    }
  }
}
