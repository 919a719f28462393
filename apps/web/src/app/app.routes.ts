import { Routes } from '@angular/router';
import { identityRoutes } from '@canopy/web/identity';

export const appRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'home.title',
    loadComponent: () => import('./home/home-page.component').then((m) => m.HomePageComponent),
  },
  {
    path: 'assemblies',
    loadChildren: () => import('@canopy/web/assemblies').then((m) => m.assembliesRoutes),
  },
  // Account and organization pages live at the top of the site (/login, /organizations/mine,
  // /admin/organizations…), as the links Canopy e-mails expect. The identity library is loaded from
  // the start anyway (the session and the toolbar need it); its pages stay lazy.
  { path: '', children: identityRoutes },
  {
    path: '',
    loadChildren: () => import('@canopy/web/organizations').then((m) => m.organizationsRoutes),
  },
  {
    path: '',
    loadChildren: () => import('@canopy/web/agenda').then((m) => m.agendaRoutes),
  },
  {
    path: '',
    loadChildren: () => import('@canopy/web/resolutions').then((m) => m.resolutionsRoutes),
  },
  {
    path: '',
    loadChildren: () => import('@canopy/web/charters').then((m) => m.chartersRoutes),
  },
  {
    path: '',
    loadChildren: () => import('@canopy/web/reporting').then((m) => m.reportingRoutes),
  },
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./not-found/not-found-page.component').then((m) => m.NotFoundPageComponent),
  },
];
