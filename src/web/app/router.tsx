import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { AuditTrailPage } from '../features/audit-trail/audit-trail-page';
import { AssessmentDetailPage } from '../features/assessments/detail/assessment-detail-page';
import { AssessmentListPage } from '../features/assessments/list/assessment-list-page';
import { ApplyPage } from '../features/assessments/apply/apply-page';
import { LoginPage } from '../features/auth/login-page';
import { CertificateDetailPage } from '../features/certificates/certificate-detail-page';
import { CertificateListPage } from '../features/certificates/certificate-list-page';
import { RegistryPage } from '../features/registry/registry-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RequireAuth } from './require-auth';
import { StartRedirect } from './start-redirect';

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <StartRedirect /> },
      { path: 'anmelden', element: <LoginPage /> },
      { path: 'verzeichnis', element: <RegistryPage /> },
      {
        element: <RequireAuth />,
        children: [
          { path: 'verfahren', element: <AssessmentListPage /> },
          { path: 'verfahren/:id', element: <AssessmentDetailPage /> },
          { path: 'bewerben', element: <ApplyPage /> },
          { path: 'zertifikate', element: <CertificateListPage /> },
          { path: 'zertifikate/:id', element: <CertificateDetailPage /> },
          { path: 'protokoll', element: <AuditTrailPage /> },
        ],
      },
      { path: 'assessments/:id', element: <LegacyAssessmentRedirect /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

function LegacyAssessmentRedirect() {
  const id = window.location.pathname.split('/').pop() ?? '';
  return <Navigate to={`/verfahren/${id}`} replace />;
}

export function AppRouter() {
  return <RouterProvider router={router} />;
}
