import { Routes } from '@angular/router';
import { signedInGuard } from '@canopy/web/identity';

export const resolutionsRoutes: Routes = [
  {
    path: 'resolutions/:id',
    title: 'resolution.title',
    loadComponent: () =>
      import('./resolution-page/resolution-page.component').then((m) => m.ResolutionPageComponent),
  },
  {
    path: 'resolutions/:id/compare',
    title: 'compare.title',
    loadComponent: () => import('./compare-page/compare-page.component').then((m) => m.ComparePageComponent),
  },
  {
    path: 'resolutions/:id/trace',
    title: 'trace.title',
    loadComponent: () => import('./trace-page/trace-page.component').then((m) => m.TracePageComponent),
  },
  {
    path: 'me/follows',
    title: 'follows.title',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./my-follows/my-follows-page.component').then((m) => m.MyFollowsPageComponent),
  },
  {
    path: 'agenda-items/:agendaItemId/resolution/new',
    title: 'resolutionDraft.title',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./resolution-draft/resolution-draft-page.component').then(
        (m) => m.ResolutionDraftPageComponent,
      ),
  },
  {
    path: 'resolutions/:id/manage',
    title: 'resolutionManage.title',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./resolution-manage/resolution-manage-page.component').then(
        (m) => m.ResolutionManagePageComponent,
      ),
  },
  {
    path: 'assemblies/:assemblyId/moderation',
    title: 'moderation.title',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./moderation-queue/moderation-queue-page.component').then(
        (m) => m.ModerationQueuePageComponent,
      ),
  },
  {
    path: 'organizations/:organizationId/commitments',
    title: 'championCommitments.title',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./champion-commitments/champion-commitments-page.component').then(
        (m) => m.ChampionCommitmentsPageComponent,
      ),
  },
];
