import { Navigate } from 'react-router';
import { QueryState } from '../components/query-state';
import { useSession } from '../lib/session';

/** "/" leads to the procedures when logged in, else to the login page. */
export function StartRedirect() {
  const session = useSession();
  return <QueryState query={session}>{(me) => <Navigate to={me ? '/verfahren' : '/anmelden'} replace />}</QueryState>;
}
