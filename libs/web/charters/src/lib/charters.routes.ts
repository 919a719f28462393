import { Routes } from '@angular/router';
import { signedInGuard } from '@canopy/web/identity';

/** Community health charters: browse by place, read and sign, compare editions, and the committee's editor. */
export const chartersRoutes: Routes = [
  {
    path: 'charters',
    title: 'charters.title',
    loadComponent: () =>
      import('./charters-page/charters-page.component').then((m) => m.ChartersPageComponent),
  },
  // Before `charters/:id`, which would take "new" for an id.
  {
    path: 'charters/new',
    title: 'charterNew.title',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./charter-new/charter-new-page.component').then((m) => m.CharterNewPageComponent),
  },
  {
    path: 'charters/:id',
    title: 'charter.title',
    loadComponent: () => import('./charter-page/charter-page.component').then((m) => m.CharterPageComponent),
  },
  {
    path: 'charters/:id/compare',
    title: 'charterCompare.title',
    loadComponent: () =>
      import('./charter-compare/charter-compare-page.component').then((m) => m.CharterComparePageComponent),
  },
  {
    path: 'charters/:id/edit',
    title: 'charterEditor.title',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./charter-editor/charter-editor-page.component').then((m) => m.CharterEditorPageComponent),
  },
  {
    path: 'charters/:id/readings',
    title: 'charterReadings.title',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./charter-readings/charter-readings-page.component').then(
        (m) => m.CharterReadingsPageComponent,
      ),
  },
  {
    path: 'charters/:id/moderation',
    title: 'moderation.title',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./charter-moderation/charter-moderation-page.component').then(
        (m) => m.CharterModerationPageComponent,
      ),
  },
  {
    path: 'admin/statute-chapters',
    title: 'statuteChapters.title',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./statute-chapters/statute-chapters-page.component').then(
        (m) => m.StatuteChaptersPageComponent,
      ),
  },
];
