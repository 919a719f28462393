import { Routes } from '@angular/router';

export const assembliesRoutes: Routes = [
  {
    path: '',
    title: 'assemblies.title',
    loadComponent: () =>
      import('./assemblies-page/assemblies-page.component').then((m) => m.AssembliesPageComponent),
  },
  {
    path: ':id',
    title: 'assembly.title',
    loadComponent: () =>
      import('./assembly-page/assembly-page.component').then((m) => m.AssemblyPageComponent),
  },
];
