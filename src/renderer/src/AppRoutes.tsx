import { Suspense, lazy } from 'react';
import { HashRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AppLayout } from './app-shell/AppLayout';
import { AlertsPage } from './pages/alerts/AlertsPage';
import { ClientsStoresPage } from './pages/clients-stores/ClientsStoresPage';
import { CenteredLoader } from './components/CenteredLoader';
import { ContractPage } from './pages/contracts/ContractPage';
import { ContractsPage } from './pages/contracts/ContractsPage';
import { ImportsPage } from './pages/imports/ImportsPage';
import { MatrixPage } from './pages/matrix/MatrixPage';
import { OverviewPage } from './pages/overview/OverviewPage';
import { PoaEditorPage } from './pages/poa/editor/PoaEditorPage';
import { ExperimentsPage } from './pages/planning/ExperimentsPage';
import { ScorecardsPage } from './pages/planning/ScorecardsPage';
import { TargetsPage } from './pages/planning/TargetsPage';
import { TemplatesPage } from './pages/planning/TemplatesPage';
import { PoaCasesPage } from './pages/poa/list/PoaCasesPage';
import { ReviewsPage } from './pages/reviews/ReviewsPage';
import { SettingsPage } from './pages/settings/SettingsPage';

// The store page carries ECharts; loading it on first visit keeps the app's first paint light.
const StorePage = lazy(() => import('./pages/store/StorePage').then((module) => ({ default: module.StorePage })));

// A hash router works both from file:// in Electron and from the browser host.
export function AppRoutes() {
  return (
    <HashRouter>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<Navigate to="/overview" replace />} />
          <Route path="overview" element={<OverviewPage />} />
          <Route path="matrix" element={<MatrixPage />} />
          <Route
            path="stores/:storeId"
            element={
              <Suspense fallback={<CenteredLoader />}>
                <StorePage />
              </Suspense>
            }
          />
          <Route path="alerts" element={<AlertsPage />} />
          <Route path="clients-stores" element={<Navigate to="/clients-stores/clients" replace />} />
          <Route path="clients-stores/:tab" element={<ClientsStoresPage />} />
          <Route path="imports" element={<ImportsPage />} />
          <Route path="poa" element={<PoaCasesPage />} />
          <Route path="poa/:caseId" element={<PoaEditorPage />} />
          <Route path="contracts" element={<ContractsPage />} />
          <Route path="contracts/:contractId" element={<ContractPage />} />
          <Route path="reviews" element={<ReviewsPage />} />
          <Route path="planning/targets" element={<TargetsPage />} />
          <Route path="planning/scorecards" element={<ScorecardsPage />} />
          <Route path="planning/templates" element={<TemplatesPage />} />
          <Route path="planning/experiments" element={<ExperimentsPage />} />
          <Route path="settings" element={<SettingsPage />} />
          <Route path="*" element={<Navigate to="/overview" replace />} />
        </Route>
      </Routes>
    </HashRouter>
  );
}
