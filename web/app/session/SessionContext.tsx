// The logged-in session for every page, and the way out (log out, or log in
// again when the token has expired).
import { createContext, useContext } from 'react';
import type { Session } from './session.js';

export interface SessionValue {
  session: Session;
  logout(reason?: string): void;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside a logged-in page');
  return value;
}
