import { Routes } from '@angular/router';
import { signedInGuard } from '@canopy/web/identity';

/** Community health charters: browse by place, read and sign, compare editions, and the committee's editor. */
export const chartersRoutes: Routes = [
  // Before `charters/:id`, which would take "new" for an id.
  {
    path: 'charters/new',
    title: 'charterNew.title',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./charter-new/charter-new-page.component').then((m) => m.CharterNewPageComponent),
  },
  {
    path: 'charters/:id/edit',
    title: 'charterEditor.title',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./charter-editor/charter-editor-page.component').then((m) => m.CharterEditorPageComponent),
  },
];
