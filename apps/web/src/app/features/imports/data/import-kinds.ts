/**
 * What can be imported from Excel. Adding a kind is one entry here, plus its texts in the scope's translation
 * files under `kinds.<id>` (label, sheet name, button, outcome, one line per template point): the API answers every
 * kind the same way (template download, `POST …/import` with `dryRun` and `progress`, the same ImportResult).
 */
export type ImportKindId = 'commendations' | 'pledgeResults' | 'typicalExamples';

/** How step 3 shows what an import wrote: a table of the rows, or counts and a link where a table adds nothing. */
export type CreatedView = 'commendations' | 'typicalExamples' | 'counts';

export interface ImportKind {
  readonly id: ImportKindId;
  /** Pledge results belong to one pledge: its id is part of both paths, so nothing works before one is chosen. */
  readonly needsPledge: boolean;
  /** API path of the template, under the API root (the pledge id is ignored by kinds that do not need one). */
  readonly templatePath: (pledgeId: string) => string;
  /** API path the workbook is posted to. */
  readonly importPath: (pledgeId: string) => string;
  /** Name the template is saved under if the server does not name it. */
  readonly templateFile: string;
  /** Where the imported records are listed. */
  readonly listUrl: (pledgeId: string) => string;
  readonly listQuery: Readonly<Record<string, string>>;
  /** Keys under `kinds.<id>.points`: what step 1 says about the template's columns, lists and dates. */
  readonly templatePoints: readonly string[];
  readonly createdView: CreatedView;
}

export const IMPORT_KINDS: readonly ImportKind[] = [
  {
    id: 'commendations',
    needsPledge: false,
    templatePath: () => '/commendations/import-template.xlsx',
    importPath: () => '/commendations/import',
    templateFile: 'mau-nhap-khen-thuong.xlsx',
    listUrl: () => '/commendations',
    listQuery: { sort: '-createdAt' },
    templatePoints: ['rows', 'required', 'lists', 'dates', 'status', 'help'],
    createdView: 'commendations',
  },
  {
    id: 'pledgeResults',
    needsPledge: true,
    templatePath: (pledgeId) => `/pledges/${encodeURIComponent(pledgeId)}/results/import-template.xlsx`,
    importPath: (pledgeId) => `/pledges/${encodeURIComponent(pledgeId)}/results/import`,
    templateFile: 'mau-nhap-ket-qua-giao-uoc.xlsx',
    listUrl: (pledgeId) => `/pledges/${encodeURIComponent(pledgeId)}`,
    listQuery: {},
    templatePoints: ['pledge', 'rows', 'required', 'lists', 'numbers', 'replace', 'help'],
    createdView: 'counts',
  },
  {
    id: 'typicalExamples',
    needsPledge: false,
    templatePath: () => '/typical-examples/import-template.xlsx',
    importPath: () => '/typical-examples/import',
    templateFile: 'mau-nhap-dien-hinh-tien-tien.xlsx',
    listUrl: () => '/typical-examples',
    listQuery: {},
    templatePoints: ['rows', 'required', 'lists', 'dates', 'optional', 'duplicates', 'help'],
    createdView: 'typicalExamples',
  },
];

export function importKind(id: string | null | undefined): ImportKind {
  return IMPORT_KINDS.find((kind) => kind.id === id) ?? IMPORT_KINDS[0];
}

/** A kind with everything its calls need: the paths resolved for the chosen pledge. */
export interface ImportTarget {
  readonly kind: ImportKind;
  readonly pledgeId: string | null;
  readonly templatePath: string;
  readonly importPath: string;
  readonly listUrl: string;
}

/** The target of a kind, or null while a kind that needs a pledge has none chosen. */
export function importTarget(kind: ImportKind, pledgeId: string | null): ImportTarget | null {
  if (kind.needsPledge && !pledgeId) return null;
  const id = pledgeId ?? '';
  return {
    kind,
    pledgeId: kind.needsPledge ? id : null,
    templatePath: kind.templatePath(id),
    importPath: kind.importPath(id),
    listUrl: kind.listUrl(id),
  };
}
