import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fragmentsOf, operationDocument } from './operationDocument.js';

describe('operationDocument', () => {
  it('keeps the fragments an operation uses, also through other fragments, and drops the rest', () => {
    const file = parse(`
      fragment Rad on Avvikelse { id }
      fragment Arende on Avvikelse { ...Rad version }
      fragment Oanvand on Avvikelse { status }
      query A { avvikelse(id: "1") { ...Arende } }
      query B { avvikelser { edges { node { ...Rad } } } }
    `);
    const [a, b] = file.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
    const names = (operation: OperationDefinitionNode) => operationDocument(operation, file).definitions.map((definition) => ('name' in definition ? definition.name?.value : ''));
    expect(names(a!)).toEqual(['A', 'Rad', 'Arende']);
    expect(names(b!)).toEqual(['B', 'Rad']);
    expect(print(operationDocument(b!, file))).not.toContain('Oanvand');
  });

  it('finds a fragment of another file, as codegen does', () => {
    const shared = parse('fragment Rad on Avvikelse { id status }');
    const file = parse('query C { avvikelse(id: "1") { ...Rad } }');
    const [c] = file.definitions as OperationDefinitionNode[];
    expect(print(operationDocument(c!, file, fragmentsOf([shared])))).toContain('fragment Rad on Avvikelse');
  });
});
