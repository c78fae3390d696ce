import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { AuditTrailPage } from '../features/audit-trail/audit-trail-page';
import { AssessmentDetailPage } from '../features/assessments/detail/assessment-detail-page';
import { AssessmentListPage } from '../features/assessments/list/assessment-list-page';
import { ApplyPage } from '../features/assessments/apply/apply-page';
import { LoginPage } from '../features/auth/login-page';
import { FigureCasesPage } from '../features/figures/figure-cases-page';
import { FiguresPage } from '../features/figures/figures-page';
import { CertificateDetailPage } from '../features/certificates/certificate-detail-page';
import { CaseCreatePage } from '../features/cases/create/case-create-page';
import { CaseDetailPage } from '../features/cases/detail/case-detail-page';
import { CaseListPage } from '../features/cases/list/case-list-page';
import { CertificateListPage } from '../features/certificates/certificate-list-page';
import { ComplaintCreatePage } from '../features/complaints/create/complaint-create-page';
import { ComplaintDetailPage } from '../features/complaints/detail/complaint-detail-page';
import { ComplaintListPage } from '../features/complaints/list/complaint-list-page';
import { PublicComplaintPage } from '../features/complaints/public/public-complaint-page';
import { ImportDetailPage } from '../features/imports/import-detail-page';
import { ImportPage } from '../features/imports/import-page';
import { GoalsPage } from '../features/goals/goals-page';
import { OutboxPage } from '../features/outbox/outbox-page';
import { QualityRepsPage } from '../features/quality-reps/quality-reps-page';
import { RegistryPage } from '../features/registry/registry-page';
import { WorklistPage } from '../features/worklist/worklist-page';
import { CalendarPage } from '../features/calendar/calendar-page';
import { DeadlineCalculatorPage } from '../features/deadline-calculator/deadline-calculator-page';
import { PilotListPage } from '../features/pilots/pilot-list-page';
import { PromiseListPage } from '../features/promises/promise-list-page';
import { ServiceDirectoryPage } from '../features/public-service/service-directory-page';
import { ServicePage } from '../features/public-service/service-page';
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
      { path: 'fristenrechner', element: <DeadlineCalculatorPage /> },
      { path: 'service', element: <ServiceDirectoryPage /> },
      { path: 'service/:organizationId', element: <ServicePage /> },
      { path: 'beschwerde/:organizationId', element: <PublicComplaintPage /> },
      {
        element: <RequireAuth />,
        children: [
          { path: 'verfahren', element: <AssessmentListPage /> },
          { path: 'verfahren/:id', element: <AssessmentDetailPage /> },
          { path: 'bewerben', element: <ApplyPage /> },
          { path: 'zertifikate', element: <CertificateListPage /> },
          { path: 'zertifikate/:id', element: <CertificateDetailPage /> },
          { path: 'protokoll', element: <AuditTrailPage /> },
          { path: 'kennzahlen', element: <FiguresPage /> },
          { path: 'kennzahlen/faelle', element: <FigureCasesPage /> },
          { path: 'versprechen', element: <PromiseListPage /> },
          { path: 'lotsen', element: <PilotListPage /> },
          { path: 'kalender', element: <CalendarPage /> },
          { path: 'arbeitsliste', element: <WorklistPage /> },
          { path: 'faelle', element: <CaseListPage /> },
          { path: 'faelle/neu', element: <CaseCreatePage /> },
          { path: 'faelle/:id', element: <CaseDetailPage /> },
          { path: 'import', element: <ImportPage /> },
          { path: 'import/:id', element: <ImportDetailPage /> },
          { path: 'postausgang', element: <OutboxPage /> },
          { path: 'entwicklungsziele', element: <GoalsPage /> },
          { path: 'qualitaetsbeauftragte', element: <QualityRepsPage /> },
          { path: 'beschwerden', element: <ComplaintListPage /> },
          { path: 'beschwerden/neu', element: <ComplaintCreatePage /> },
          { path: 'beschwerden/:id', element: <ComplaintDetailPage /> },
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
