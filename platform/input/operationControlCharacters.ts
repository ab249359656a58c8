// Finds control characters in every string a client sends with a GraphQL operation: the variables' values
// (through objects and lists, however deep) and the string literals of the document's arguments and variable
// defaults. The field is the path from the variable's or argument's name, e.g. `input.behov[1]`.
import { BREAK, visit, type DocumentNode, type ValueNode } from 'graphql';
import { findControlCharacter, type ControlCharacter } from './controlCharacters.js';

export interface ControlCharacterInOperation {
  field: string;
  found: ControlCharacter;
}

interface PathStep {
  parent: PathStep | null;
  key: string | number;
}

/** Built only for a refusal, so that the walk itself allocates no strings. */
function pathText(last: PathStep): string {
  const keys: (string | number)[] = [];
  for (let step: PathStep | null = last; step !== null; step = step.parent) keys.push(step.key);
  return keys
    .reverse()
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join('');
}

function check(text: string, step: PathStep): ControlCharacterInOperation | null {
  const found = findControlCharacter(text);
  return found === null ? null : { field: pathText(step), found };
}

/** Walked with a stack of its own, in order: a client decides how deep the values nest. */
function inVariableValue(name: string, value: unknown): ControlCharacterInOperation | null {
  const pending: { value: unknown; step: PathStep }[] = [{ value, step: { parent: null, key: name } }];
  while (pending.length > 0) {
    const { value: current, step } = pending.pop()!;
    if (typeof current === 'string') {
      const found = check(current, step);
      if (found !== null) return found;
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1) pending.push({ value: current[index], step: { parent: step, key: index } });
    } else if (current !== null && typeof current === 'object') {
      const entries = Object.entries(current);
      for (let index = entries.length - 1; index >= 0; index -= 1) pending.push({ value: entries[index]![1], step: { parent: step, key: entries[index]![0] } });
    }
  }
  return null;
}

function inLiteral(name: string, value: ValueNode): ControlCharacterInOperation | null {
  const pending: { value: ValueNode; step: PathStep }[] = [{ value, step: { parent: null, key: name } }];
  while (pending.length > 0) {
    const { value: current, step } = pending.pop()!;
    if (current.kind === 'StringValue') {
      const found = check(current.value, step);
      if (found !== null) return found;
    } else if (current.kind === 'ListValue') {
      for (let index = current.values.length - 1; index >= 0; index -= 1) pending.push({ value: current.values[index]!, step: { parent: step, key: index } });
    } else if (current.kind === 'ObjectValue') {
      for (let index = current.fields.length - 1; index >= 0; index -= 1) {
        const field = current.fields[index]!;
        pending.push({ value: field.value, step: { parent: step, key: field.name.value } });
      }
    }
  }
  return null;
}

function inDocument(document: DocumentNode): ControlCharacterInOperation | null {
  let result: ControlCharacterInOperation | null = null;
  visit(document, {
    Argument(node) {
      result = inLiteral(node.name.value, node.value);
      // A value holds no further arguments; its literals were just walked.
      return result === null ? false : BREAK;
    },
    VariableDefinition(node) {
      if (node.defaultValue !== undefined) result = inLiteral(node.variable.name.value, node.defaultValue);
      return result === null ? undefined : BREAK;
    },
  });
  return result;
}

// Apollo Server hands out the same parsed document for the same query text, so its literals are walked once.
const documentResults = new WeakMap<DocumentNode, ControlCharacterInOperation | null>();

/** The first control character in the operation's strings, with its field, or null. */
export function findControlCharacterInOperation(document: DocumentNode, variables: Readonly<Record<string, unknown>> | undefined): ControlCharacterInOperation | null {
  for (const [name, value] of Object.entries(variables ?? {})) {
    const found = inVariableValue(name, value);
    if (found !== null) return found;
  }
  let inLiterals = documentResults.get(document);
  if (inLiterals === undefined) {
    inLiterals = inDocument(document);
    documentResults.set(document, inLiterals);
  }
  return inLiterals;
}
