import type { UserRole } from '../core/auth/auth.models';
import { AppIcon } from '../core/icons/provide-app-icons';

export interface NavItem {
  /** Translation key of a one-line description (home page cards). */
  readonly descriptionKey: string;
  readonly icon: AppIcon;
  /** Translation key of the label, also the page's title key. */
  readonly labelKey: string;
  readonly path: string;
  /** Who sees the entry; the server still checks every request. */
  readonly roles: readonly UserRole[];
}

const EVERYONE: readonly UserRole[] = ['PROVINCE_STAFF', 'CLUSTER_CHAIR', 'COUNCIL_REVIEWER', 'ADMIN'];
const RECORD_KEEPERS: readonly UserRole[] = ['PROVINCE_STAFF', 'CLUSTER_CHAIR'];

export const HOME_NAV_ITEM: NavItem = { descriptionKey: 'home.intro', icon: 'home', labelKey: 'nav.home', path: '/', roles: EVERYONE };

/** Every page, in the order of the side navigation and the home page cards: each role's daily work first. */
export const FEATURE_NAV_ITEMS: readonly NavItem[] = [
  { descriptionKey: 'home.cards.dashboard', icon: 'dashboard', labelKey: 'nav.dashboard', path: '/dashboard', roles: ['CLUSTER_CHAIR', 'COUNCIL_REVIEWER'] },
  { descriptionKey: 'home.cards.commendations', icon: 'award', labelKey: 'nav.commendations', path: '/commendations', roles: ['PROVINCE_STAFF', 'CLUSTER_CHAIR', 'COUNCIL_REVIEWER'] },
  { descriptionKey: 'home.cards.review', icon: 'review', labelKey: 'nav.review', path: '/review', roles: ['COUNCIL_REVIEWER'] },
  { descriptionKey: 'home.cards.findings', icon: 'findings', labelKey: 'nav.findings', path: '/findings', roles: ['COUNCIL_REVIEWER'] },
  { descriptionKey: 'home.cards.movements', icon: 'movement', labelKey: 'nav.movements', path: '/movements', roles: RECORD_KEEPERS },
  { descriptionKey: 'home.cards.pledges', icon: 'pledge', labelKey: 'nav.pledges', path: '/pledges', roles: RECORD_KEEPERS },
  { descriptionKey: 'home.cards.typicalExamples', icon: 'example', labelKey: 'nav.typicalExamples', path: '/typical-examples', roles: [...RECORD_KEEPERS, 'COUNCIL_REVIEWER'] },
  { descriptionKey: 'home.cards.imports', icon: 'excel', labelKey: 'nav.imports', path: '/imports', roles: ['PROVINCE_STAFF'] },
  { descriptionKey: 'home.cards.periods', icon: 'period', labelKey: 'nav.periods', path: '/periods', roles: RECORD_KEEPERS },
  { descriptionKey: 'home.cards.meetings', icon: 'meeting', labelKey: 'nav.meetings', path: '/meetings', roles: ['CLUSTER_CHAIR'] },
  { descriptionKey: 'home.cards.yearEnd', icon: 'trophy', labelKey: 'nav.yearEnd', path: '/year-end', roles: RECORD_KEEPERS },
  { descriptionKey: 'home.cards.reports', icon: 'report', labelKey: 'nav.reports', path: '/reports', roles: ['CLUSTER_CHAIR', 'COUNCIL_REVIEWER'] },
  { descriptionKey: 'home.cards.audit', icon: 'audit', labelKey: 'nav.audit', path: '/audit', roles: ['COUNCIL_REVIEWER', 'ADMIN'] },
  { descriptionKey: 'home.cards.users', icon: 'users', labelKey: 'nav.users', path: '/users', roles: ['ADMIN'] },
  { descriptionKey: 'home.cards.provinces', icon: 'provinces', labelKey: 'nav.provinces', path: '/provinces', roles: EVERYONE },
  { descriptionKey: 'home.cards.awardTypes', icon: 'award', labelKey: 'nav.awardTypes', path: '/award-types', roles: EVERYONE },
  { descriptionKey: 'home.cards.clusters', icon: 'clusters', labelKey: 'nav.clusters', path: '/clusters', roles: EVERYONE },
];

/** The entries a user holding these roles sees. */
export function navItemsFor(roles: readonly UserRole[]): NavItem[] {
  return FEATURE_NAV_ITEMS.filter((item) => item.roles.some((role) => roles.includes(role)));
}
