import { DOSSIER_ATTACHER, DOSSIER_CHECK } from '@tdkt/api/access';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { DemoDossiersSeed } from './demo-dossiers.seed';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { DossierDownloadService } from './dossier-download.service';
import { FILE_STORE, FileStore } from './file-store';
import { FileStoreSettings, createFileStore } from './file-store.factory';
import { OrphanSweepService } from './orphan-sweep.service';

export interface DocumentsSettings extends FileStoreSettings {
  /** Attach generated PDFs to the demo's central-level proposals (with the demo dataset). */
  demoData?: boolean;
  /** A ready store instead of the one the settings name (tests, tools). */
  store?: FileStore;
}

/** Global so that the commendations and votes features can inject DOSSIER_CHECK and DOSSIER_ATTACHER without importing this library. */
@Global()
@Module({})
export class DocumentsModule {
  static register(settings: DocumentsSettings): DynamicModule {
    return {
      module: DocumentsModule,
      controllers: [DocumentsController],
      providers: [
        { provide: FILE_STORE, useFactory: () => settings.store ?? createFileStore(settings) },
        { provide: DemoDossiersSeed.OPTIONS, useValue: { enabled: settings.demoData ?? false } },
        DemoDossiersSeed,
        DocumentsService,
        DossierDownloadService,
        OrphanSweepService,
        { provide: DOSSIER_CHECK, useExisting: DocumentsService },
        { provide: DOSSIER_ATTACHER, useExisting: DocumentsService },
      ],
      exports: [DOSSIER_ATTACHER, DOSSIER_CHECK, DocumentsService, FILE_STORE, OrphanSweepService],
    };
  }
}
