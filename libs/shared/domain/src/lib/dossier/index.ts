export * from './dossier';
export * from './media-type';
