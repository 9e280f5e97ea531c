/**
 * What can be imported from Excel. Adding a kind is one entry here, plus its texts in the scope's translation
 * files under `kinds.<id>` (label, sheet name, one line per template point): the API answers every kind the same way
 * (template download, `POST …/import` with `dryRun` and `progress`, the same ImportResult).
 */
export interface ImportKind {
  readonly id: string;
  /** API path of the template, under the API root. */
  readonly templatePath: string;
  /** API path the workbook is posted to. */
  readonly importPath: string;
  /** Name the template is saved under if the server does not name it. */
  readonly templateFile: string;
  /** Where the imported records are listed, newest first. */
  readonly listUrl: string;
  readonly listQuery: Readonly<Record<string, string>>;
  /** Keys under `kinds.<id>.points`: what step 1 says about the template's columns, lists and dates. */
  readonly templatePoints: readonly string[];
}

export const IMPORT_KINDS: readonly ImportKind[] = [
  {
    id: 'commendations',
    templatePath: '/commendations/import-template.xlsx',
    importPath: '/commendations/import',
    templateFile: 'mau-nhap-khen-thuong.xlsx',
    listUrl: '/commendations',
    listQuery: { sort: '-createdAt' },
    templatePoints: ['rows', 'required', 'lists', 'dates', 'status', 'help'],
  },
];

export function importKind(id: string | null | undefined): ImportKind {
  return IMPORT_KINDS.find((kind) => kind.id === id) ?? IMPORT_KINDS[0];
}
