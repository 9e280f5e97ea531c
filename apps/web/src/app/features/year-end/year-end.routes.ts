import { Route } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideCharts } from '../../ui/charts/provide-charts';
import { YearEndStore } from './data/year-end.store';
import { YearEndPage } from './pages/year-end.page';

/** The year-end review: one lazy chunk, its tabs under one page that holds the year and the cluster. */
export const yearEndRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslocoScope('year-end'), YearEndStore],
    component: YearEndPage,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'scores' },
      { path: 'sheet', title: 'nav.yearEnd', loadComponent: () => import('./pages/score-sheet.page').then((m) => m.ScoreSheetPage) },
      { path: 'scores', title: 'nav.yearEnd', loadComponent: () => import('./pages/score-grid.page').then((m) => m.ScoreGridPage) },
      {
        path: 'ranking',
        title: 'nav.yearEnd',
        providers: [provideCharts()],
        loadComponent: () => import('./pages/ranking.page').then((m) => m.RankingPage),
      },
      { path: 'votes', title: 'nav.yearEnd', loadComponent: () => import('./pages/votes.page').then((m) => m.VotesPage) },
      { path: 'votes/:id', title: 'nav.yearEnd', loadComponent: () => import('./pages/vote.page').then((m) => m.VotePage) },
    ],
  },
];
