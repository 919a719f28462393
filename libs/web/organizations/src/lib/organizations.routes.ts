import { Routes } from '@angular/router';
import { signedInGuard } from '@canopy/web/identity';

export const organizationsRoutes: Routes = [
  {
    path: 'organizations/mine',
    title: 'myOrganizations.title',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./my-organizations-page/my-organizations-page.component').then(
        (m) => m.MyOrganizationsPageComponent,
      ),
  },
  {
    path: 'organizations/:id',
    title: 'organization.title',
    loadComponent: () =>
      import('./organization-page/organization-page.component').then((m) => m.OrganizationPageComponent),
  },
  {
    path: 'invitations/accept',
    title: 'acceptInvitation.title',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./accept-invitation-page/accept-invitation-page.component').then(
        (m) => m.AcceptInvitationPageComponent,
      ),
  },
  {
    path: 'admin/organizations',
    title: 'admin.title',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./admin-organizations-page/admin-organizations-page.component').then(
        (m) => m.AdminOrganizationsPageComponent,
      ),
  },
];
