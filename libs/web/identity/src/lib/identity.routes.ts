import { Routes } from '@angular/router';
import { signedInGuard } from './session/signed-in.guard';

/** The account pages, at the top of the site: the e-mailed links point to these paths. */
export const identityRoutes: Routes = [
  {
    path: 'register',
    title: 'register.title',
    loadComponent: () =>
      import('./register-page/register-page.component').then((m) => m.RegisterPageComponent),
  },
  {
    path: 'verify-email',
    title: 'verifyEmail.title',
    loadComponent: () =>
      import('./verify-email-page/verify-email-page.component').then((m) => m.VerifyEmailPageComponent),
  },
  {
    path: 'login',
    title: 'login.title',
    loadComponent: () => import('./login-page/login-page.component').then((m) => m.LoginPageComponent),
  },
  {
    path: 'forgot-password',
    title: 'forgotPassword.title',
    loadComponent: () =>
      import('./forgot-password-page/forgot-password-page.component').then(
        (m) => m.ForgotPasswordPageComponent,
      ),
  },
  {
    path: 'reset-password',
    title: 'resetPassword.title',
    loadComponent: () =>
      import('./reset-password-page/reset-password-page.component').then((m) => m.ResetPasswordPageComponent),
  },
  {
    path: 'account',
    title: 'account.title',
    canActivate: [signedInGuard],
    loadComponent: () => import('./account-page/account-page.component').then((m) => m.AccountPageComponent),
  },
];
