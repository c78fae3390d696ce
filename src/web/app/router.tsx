import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { LoginPage } from '../features/auth/login-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RequireAuth } from './require-auth';
import { RouteErrorPage } from './route-error-page';
import { StartRedirect } from './start-redirect';

/** A page loaded when its route is first visited, so charts and large feature pages stay out of the first download. */
function page<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) {
  return async () => ({ Component: (await load())[name] as ComponentType });
}

const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <StartRedirect /> },
      { path: 'anmelden', element: <LoginPage /> },
      { path: 'verzeichnis', lazy: page(() => import('../features/registry/registry-page'), 'RegistryPage') },
      {
        path: 'fristenrechner',
        lazy: page(() => import('../features/deadline-calculator/deadline-calculator-page'), 'DeadlineCalculatorPage'),
      },
      { path: 'service', lazy: page(() => import('../features/public-service/service-directory-page'), 'ServiceDirectoryPage') },
      { path: 'service/:organizationId', lazy: page(() => import('../features/public-service/service-page'), 'ServicePage') },
      {
        path: 'beschwerde/:organizationId',
        lazy: page(() => import('../features/complaints/public/public-complaint-page'), 'PublicComplaintPage'),
      },
      {
        element: <RequireAuth />,
        children: [
          { path: 'verfahren', lazy: page(() => import('../features/assessments/list/assessment-list-page'), 'AssessmentListPage') },
          {
            path: 'verfahren/:id',
            lazy: page(() => import('../features/assessments/detail/assessment-detail-page'), 'AssessmentDetailPage'),
          },
          { path: 'bewerben', lazy: page(() => import('../features/assessments/apply/apply-page'), 'ApplyPage') },
          { path: 'zertifikate', lazy: page(() => import('../features/certificates/certificate-list-page'), 'CertificateListPage') },
          {
            path: 'zertifikate/:id',
            lazy: page(() => import('../features/certificates/certificate-detail-page'), 'CertificateDetailPage'),
          },
          { path: 'protokoll', lazy: page(() => import('../features/audit-trail/audit-trail-page'), 'AuditTrailPage') },
          { path: 'kennzahlen', lazy: page(() => import('../features/figures/figures-page'), 'FiguresPage') },
          { path: 'kennzahlen/faelle', lazy: page(() => import('../features/figures/figure-cases-page'), 'FigureCasesPage') },
          { path: 'versprechen', lazy: page(() => import('../features/promises/promise-list-page'), 'PromiseListPage') },
          { path: 'lotsen', lazy: page(() => import('../features/pilots/pilot-list-page'), 'PilotListPage') },
          { path: 'kalender', lazy: page(() => import('../features/calendar/calendar-page'), 'CalendarPage') },
          { path: 'arbeitsliste', lazy: page(() => import('../features/worklist/worklist-page'), 'WorklistPage') },
          { path: 'faelle', lazy: page(() => import('../features/cases/list/case-list-page'), 'CaseListPage') },
          { path: 'faelle/neu', lazy: page(() => import('../features/cases/create/case-create-page'), 'CaseCreatePage') },
          { path: 'faelle/:id', lazy: page(() => import('../features/cases/detail/case-detail-page'), 'CaseDetailPage') },
          { path: 'import', lazy: page(() => import('../features/imports/import-page'), 'ImportPage') },
          { path: 'import/:id', lazy: page(() => import('../features/imports/import-detail-page'), 'ImportDetailPage') },
          { path: 'postausgang', lazy: page(() => import('../features/outbox/outbox-page'), 'OutboxPage') },
          { path: 'entwicklungsziele', lazy: page(() => import('../features/goals/goals-page'), 'GoalsPage') },
          { path: 'qualitaetsbeauftragte', lazy: page(() => import('../features/quality-reps/quality-reps-page'), 'QualityRepsPage') },
          { path: 'beschwerden', lazy: page(() => import('../features/complaints/list/complaint-list-page'), 'ComplaintListPage') },
          {
            path: 'beschwerden/neu',
            lazy: page(() => import('../features/complaints/create/complaint-create-page'), 'ComplaintCreatePage'),
          },
          {
            path: 'beschwerden/:id',
            lazy: page(() => import('../features/complaints/detail/complaint-detail-page'), 'ComplaintDetailPage'),
          },
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
