import { Routes } from '@angular/router';

/** Community health charters: browse by place, read and sign, compare editions, and the committee's editor. */
export const chartersRoutes: Routes = [];
