import { YEAR_END_PATHS } from '@tdkt/shared/contracts';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { DECORATORS } from '@nestjs/swagger/dist/constants';
import { ScoreSheetsController } from './score-sheets.controller';

/** The routes as Nest registers them: `METHOD /controller/path`. */
function routes(controller: new (...args: never[]) => unknown): Array<{ route: string; summary: string | undefined }> {
  const base = Reflect.getMetadata(PATH_METADATA, controller) as string;
  return Object.getOwnPropertyNames(controller.prototype)
    .filter((name) => name !== 'constructor')
    .map((name) => {
      const handler = controller.prototype[name];
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string;
      return { route: `${method} /${base}/${path}`, summary: Reflect.getMetadata(DECORATORS.API_OPERATION, handler)?.summary };
    });
}

describe('ScoreSheetsController', () => {
  it('serves exactly the score-sheet paths of spec §6, each with an OpenAPI summary', () => {
    const found = routes(ScoreSheetsController);
    const p = (path: string) => path.replace('TDMNPB', ':code').replace('2024', ':year').replace('/04', '/:provinceCode');
    expect(found.map((r) => r.route).sort()).toEqual(
      [
        `GET /${p(YEAR_END_PATHS.scoreSheet('TDMNPB', 2024))}`,
        `PUT /${p(YEAR_END_PATHS.scoreSheet('TDMNPB', 2024))}`,
        `POST /${p(YEAR_END_PATHS.copyScoreSheet('TDMNPB', 2024))}`,
        `POST /${p(YEAR_END_PATHS.openScoreSheet('TDMNPB', 2024))}`,
        `POST /${p(YEAR_END_PATHS.closeScoreSheet('TDMNPB', 2024))}`,
        `GET /${p(YEAR_END_PATHS.scores('TDMNPB', 2024, '04'))}`,
        `PUT /${p(YEAR_END_PATHS.scores('TDMNPB', 2024, '04'))}`,
        `GET /${p(YEAR_END_PATHS.ranking('TDMNPB', 2024))}`,
      ].sort(),
    );
    for (const r of found) expect(r.summary).toEqual(expect.any(String));
  });
});
