// A bar's name shortened to what its room in the chart holds, so that a long
// unit name or HSA-id is cut with an ellipsis rather than clipped at the edge;
// the table beside the chart has the name whole.

export function kortEtikett(namn: string, maxTecken: number): string {
  if (namn.length <= maxTecken) return namn;
  return `${namn.slice(0, Math.max(maxTecken - 1, 1)).trimEnd()}…`;
}
