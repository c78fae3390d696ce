import { Navigate, Outlet, useLocation } from 'react-router';
import { QueryState } from '../components/query-state';
import { useSession } from '../lib/session';

export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  return (
    <QueryState query={session}>
      {(me) => (me ? <Outlet /> : <Navigate to="/anmelden" replace state={{ from: location.pathname }} />)}
    </QueryState>
  );
}
