// An åtgärd is late (försenad) when it is not done and its due date has passed.
import type { AtgardRow } from '../rows.js';

export function isAtgardForsenad(atgard: Pick<AtgardRow, 'status' | 'sistaDatum'>, today: string): boolean {
  return atgard.status !== 'KLAR' && atgard.sistaDatum < today;
}
