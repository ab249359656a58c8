// The SQL form of sipForsenad (sipTransition.ts): an open SIP whose follow-up
// date has passed. One definition for the overdue list and the overdue count,
// so the count a NOSAM group sees matches the list vårdpersonal see.
import type { ExpressionBuilder } from 'kysely';
import type { SamverkanDatabase } from '../database.js';

export function whereSipForsenad(today: string) {
  return (eb: ExpressionBuilder<SamverkanDatabase, 'sip'>) =>
    eb.and([eb('sip.status', '<>', 'AVSLUTAD'), eb('sip.nasta_uppfoljning', '<', today)]);
}
