// Which gateways warm the shared subgraphs before a workload's first round, and in what order: every gateway,
// because each sends queries of its own shapes, the reference gateway B first as before.

/** The gateways in the order of their unmeasured warming runs: B first, then the others as given. */
export function warmingOrder<Launcher extends { id: string }>(launchers: readonly Launcher[]): Launcher[] {
  return [...launchers.filter((launcher) => launcher.id === 'B'), ...launchers.filter((launcher) => launcher.id !== 'B')];
}
