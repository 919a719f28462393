import { Routes } from '@angular/router';
import { agendaRoutes } from '@canopy/web/agenda';
import { assembliesRoutes } from '@canopy/web/assemblies';
import { chartersRoutes } from '@canopy/web/charters';
import { identityRoutes } from '@canopy/web/identity';
import { organizationsRoutes } from '@canopy/web/organizations';
import { reportingRoutes } from '@canopy/web/reporting';
import { resolutionsRoutes } from '@canopy/web/resolutions';
import { HomePageComponent } from './home/home-page.component';

/**
 * Every feature's route table comes with the first scripts (a few lines each: paths, titles, guards) and
 * each page is loaded when it is visited. Lazy tables would cost a visit one request per table tried
 * before the one that matches (several features share the top of the site), one after the other.
 */
export const appRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'home.title',
    // The page most visits start on comes with the first scripts rather than one request after them.
    component: HomePageComponent,
  },
  { path: 'assemblies', children: assembliesRoutes },
  // Account and organization pages live at the top of the site (/login, /organizations/mine,
  // /admin/organizations…), as the links Canopy e-mails expect.
  { path: '', children: identityRoutes },
  { path: '', children: organizationsRoutes },
  { path: '', children: agendaRoutes },
  { path: '', children: resolutionsRoutes },
  { path: '', children: chartersRoutes },
  { path: '', children: reportingRoutes },
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./not-found/not-found-page.component').then((m) => m.NotFoundPageComponent),
  },
];
