import { Routes } from '@angular/router';
import { signedInGuard } from '@canopy/web/identity';

/**
 * WHA77.2 progress reports: the cycle's reports, the dashboard, a report, its versions, editor and
 * validation; platform admins' cycles and catalogues.
 */
export const reportingRoutes: Routes = [
  {
    path: 'reports',
    title: 'reporting.home.title',
    loadComponent: () =>
      import('./reports-home/reports-home-page.component').then((m) => m.ReportsHomePageComponent),
  },
  // Before `reports/:id`, which would take "dashboard" for an id.
  {
    path: 'reports/dashboard',
    title: 'reporting.dashboard.title',
    loadComponent: () => import('./dashboard/dashboard-page.component').then((m) => m.DashboardPageComponent),
  },
  {
    path: 'reports/:id',
    title: 'reporting.report.title',
    loadComponent: () => import('./report-page/report-page.component').then((m) => m.ReportPageComponent),
  },
  {
    path: 'reports/:id/compare',
    title: 'reporting.compare.title',
    loadComponent: () =>
      import('./report-compare/report-compare-page.component').then((m) => m.ReportComparePageComponent),
  },
  {
    path: 'reports/:id/edit',
    title: 'reporting.editor.title',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./report-editor/report-editor-page.component').then((m) => m.ReportEditorPageComponent),
  },
  {
    path: 'reports/:id/validate',
    title: 'reporting.validation.title',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./report-validation/report-validation-page.component').then(
        (m) => m.ReportValidationPageComponent,
      ),
  },
  {
    path: 'admin/reporting',
    title: 'reporting.admin.title',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./reporting-admin/reporting-admin-page.component').then((m) => m.ReportingAdminPageComponent),
  },
];
