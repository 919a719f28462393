import { Routes } from '@angular/router';
import { signedInGuard } from '@canopy/web/identity';

export const agendaRoutes: Routes = [
  {
    path: 'editions/:id',
    title: 'edition.title',
    loadComponent: () => import('./edition-page/edition-page.component').then((m) => m.EditionPageComponent),
  },
  {
    path: 'editions/:id/screening',
    title: 'screening.title',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./screening-board/screening-board-page.component').then((m) => m.ScreeningBoardPageComponent),
  },
  {
    path: 'editions/:editionId/proposals/new',
    title: 'proposalForm.newHeading',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./proposal-form/proposal-form-page.component').then((m) => m.ProposalFormPageComponent),
  },
  {
    path: 'proposals/:proposalId/edit',
    title: 'proposalForm.editHeading',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./proposal-form/proposal-form-page.component').then((m) => m.ProposalFormPageComponent),
  },
  {
    path: 'proposals/:id',
    title: 'proposal.title',
    loadComponent: () =>
      import('./proposal-page/proposal-page.component').then((m) => m.ProposalPageComponent),
  },
  {
    path: 'organizations/mine/proposals',
    title: 'organizationAgenda.heading',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./organization-proposals/organization-proposals-page.component').then(
        (m) => m.OrganizationProposalsPageComponent,
      ),
  },
];
