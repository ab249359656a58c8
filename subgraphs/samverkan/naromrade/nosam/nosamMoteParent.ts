// codegen.ts maps no row type to NosamMote and MotesBeslut, so the generated
// parent types carry their list/object fields. The field resolvers
// (resolvers/NosamMote.ts, resolvers/MotesBeslut.ts) load those by id, so the
// rows are what flows; these two functions are the one place that says so.
import type { ResolversParentTypes } from '../../generated/resolvers.js';
import type { MotesBeslutRow, NosamMoteRow } from '../../rows.js';

export function nosamMoteParent(row: NosamMoteRow): ResolversParentTypes['NosamMote'] {
  return row as unknown as ResolversParentTypes['NosamMote'];
}

export function nosamMoteRow(parent: ResolversParentTypes['NosamMote']): NosamMoteRow {
  return parent as unknown as NosamMoteRow;
}

export function motesBeslutRow(parent: ResolversParentTypes['MotesBeslut']): MotesBeslutRow {
  return parent as unknown as MotesBeslutRow;
}
