// Work-around for a query-planning bug of Hive Gateway (@graphql-tools/stitch's isolateComputedFieldsTransformer,
// stitch 10.3.1 under @graphql-hive/gateway 2.15.1), issue 26 point 5: a subgraph with an @requires field that
// returns an entity type (kommun's Naromrade.patienterMedInsatserFranBada: [Patient!]) is split into a "computed"
// subschema and a base one, both named KOMMUN. The computed one keeps every field of that entity (Patient.boende,
// Patient.kommun) but empties the types they lead to (Boende, Kommun), and the planner may send Patient's kommun
// fields to it: the `_entities` request then asks `boende { fran till }` without `boende { id namn typ }`, and the
// gateway answers INTERNAL_SERVER_ERROR at patient.boende.boende ("Cannot return null for non-nullable field
// BoendeVistelse.boende"). Reproduced without any of Samsyn in hiveComputedFieldIsolation.test.ts.
//
// The plugin moves, in each delegation plan, the fields sent to a computed subschema that are not its computed
// fields to the base subschema of the same subgraph, which has them whole.
import { Kind, type GraphQLSchema, type SelectionNode, type SelectionSetNode } from 'graphql';

/** A stitching subschema as far as this needs: its name, merged-type configuration and the schema it answers. */
interface PlannedSubschema {
  name?: string;
  merge?: Record<string, { fields?: Record<string, { computed?: boolean } | undefined> } | undefined>;
  transformedSchema?: GraphQLSchema;
}

type DelegationPlan = Array<Map<PlannedSubschema, SelectionSetNode>>;

/** Whether the subschema is the half isolateComputedFieldsTransformer split off: the only one with computed fields. */
function isComputedHalf(subschema: PlannedSubschema): boolean {
  return Object.values(subschema.merge ?? {}).some((type) => Object.values(type?.fields ?? {}).some((field) => field?.computed === true));
}

/** Whether the subschema's own schema has the field on the type. */
function hasField(subschema: PlannedSubschema, typeName: string, fieldName: string): boolean {
  // Duck-typed rather than isObjectType: the gateway's graphql module need not be the one this file imports.
  const type = subschema.transformedSchema?.getType(typeName) as { getFields?: () => Record<string, unknown> } | undefined;
  return typeof type?.getFields === 'function' && type.getFields()[fieldName] !== undefined;
}

/** The plan with every non-computed field of a computed half moved to the base subschema of the same name. */
export function moveFieldsOffComputedHalves(plan: DelegationPlan, typeName: string, subschemas: readonly PlannedSubschema[]): DelegationPlan {
  return plan.map((stage) => {
    const next = new Map(stage);
    for (const [subschema, selectionSet] of stage) {
      if (!isComputedHalf(subschema)) continue;
      const base = subschemas.find((candidate) => candidate !== subschema && candidate.name === subschema.name && candidate.merge?.[typeName] && !isComputedHalf(candidate));
      if (!base) continue;
      const computed = subschema.merge?.[typeName]?.fields ?? {};
      const stay: SelectionNode[] = [];
      const move: SelectionNode[] = [];
      for (const selection of selectionSet.selections) {
        if (selection.kind !== Kind.FIELD || computed[selection.name.value]?.computed || !hasField(base, typeName, selection.name.value)) stay.push(selection);
        else move.push(selection);
      }
      if (move.length === 0) continue;
      const existing = next.get(base)?.selections ?? [];
      next.set(base, { kind: Kind.SELECTION_SET, selections: [...existing, ...move] });
      if (stay.some((selection) => selection.kind !== Kind.FIELD || selection.name.value !== '__typename')) next.set(subschema, { kind: Kind.SELECTION_SET, selections: stay });
      else next.delete(subschema);
    }
    return next;
  });
}

interface StitchingInfo {
  mergedTypes: Record<string, { targetSubschemas?: Map<PlannedSubschema, unknown> } | undefined>;
}

/** The Hive Gateway plugin (its onDelegationPlan hook). */
export function isolatedSubschemaWorkaround() {
  return {
    onDelegationPlan({ typeName, supergraph }: { typeName: string; supergraph: { extensions?: { stitchingInfo?: StitchingInfo } } }) {
      return ({ delegationPlan, setDelegationPlan }: { delegationPlan: DelegationPlan; setDelegationPlan(plan: DelegationPlan): void }) => {
        const targets = supergraph.extensions?.stitchingInfo?.mergedTypes[typeName]?.targetSubschemas;
        const subschemas = [...(targets?.keys() ?? []), ...delegationPlan.flatMap((stage) => [...stage.keys()])];
        setDelegationPlan(moveFieldsOffComputedHalves(delegationPlan, typeName, subschemas));
      };
    },
  };
}
