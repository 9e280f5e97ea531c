export type ValidOnPreset = 'afterMerger' | 'all' | 'beforeMerger' | 'custom';

/** The provincial merger took effect on 1 July 2025 (63 provinces before, 34 after). */
export const MERGER_PRESET_DATES = { afterMerger: '2025-07-01', beforeMerger: '2025-06-30' } as const;

export const VALID_ON_PRESETS: readonly ValidOnPreset[] = ['beforeMerger', 'afterMerger', 'custom', 'all'];
