import { Route } from '@angular/router';
import { ClustersStore } from './data/clusters.store';
import { ClustersPage } from './pages/clusters.page';

/** One store for both routes: moving between clusters keeps the list loaded. */
export const clustersRoutes: Route[] = [
  {
    path: '',
    providers: [ClustersStore],
    children: [
      { path: '', component: ClustersPage },
      { path: ':code', component: ClustersPage },
    ],
  },
];
