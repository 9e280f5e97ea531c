import { Route } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { ClustersStore } from './data/clusters.store';
import { CarryForwardPage } from './pages/carry-forward.page';
import { ClustersPage } from './pages/clusters.page';

/** One store for both routes: moving between clusters keeps the list loaded. `clusterAdmin` holds the membership editor's words. */
export const clustersRoutes: Route[] = [
  {
    path: '',
    providers: [ClustersStore, provideTranslocoScope('clusterAdmin')],
    children: [
      { path: '', component: ClustersPage },
      { path: ':code/carry-forward/:year', component: CarryForwardPage },
      { path: ':code', component: ClustersPage },
    ],
  },
];
