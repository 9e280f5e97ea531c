import { AppIcon } from '../core/icons/provide-app-icons';

export interface NavItem {
  /** Translation key of a one-line description (home page cards). */
  readonly descriptionKey: string;
  readonly icon: AppIcon;
  /** Translation key of the label, also the page's title key. */
  readonly labelKey: string;
  readonly path: string;
}

export const HOME_NAV_ITEM: NavItem = { descriptionKey: 'home.intro', icon: 'home', labelKey: 'nav.home', path: '/' };

/** The reference-data pages, in the order of the side navigation and the home page cards. */
export const FEATURE_NAV_ITEMS: readonly NavItem[] = [
  { descriptionKey: 'home.cards.provinces', icon: 'provinces', labelKey: 'nav.provinces', path: '/provinces' },
  { descriptionKey: 'home.cards.awardTypes', icon: 'award', labelKey: 'nav.awardTypes', path: '/award-types' },
  { descriptionKey: 'home.cards.clusters', icon: 'clusters', labelKey: 'nav.clusters', path: '/clusters' },
];
