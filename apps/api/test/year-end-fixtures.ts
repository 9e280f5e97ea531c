import { hashPassword } from '@tdkt/api/auth';
import { ProvinceEntity, UserEntity } from '@tdkt/api/database';
import { Role } from '@tdkt/shared/contracts';
import request from 'supertest';
import { TEST_PASSWORD, TestApp } from './test-app';

type Http = Pick<ReturnType<typeof request>, 'get' | 'post' | 'put' | 'patch' | 'delete'>;

/** The 14 members of TDMNPB in 2024 (reference data), by code. */
export const TDMNPB_2024 = ['02', '04', '06', '08', '10', '11', '12', '14', '15', '17', '19', '20', '24', '25'];

/**
 * Staff of a 2024 member whose province did not merge (Cao Bằng 04, Điện Biên 11, Lai Châu 12, Sơn La 14, Lạng Sơn 20):
 * the account holds exactly one member, as a province's staff did in 2024.
 */
export async function staffOf(t: TestApp, code: string): Promise<Http> {
  const province = await t.dataSource.getRepository(ProvinceEntity).findOneByOrFail({ code });
  const username = `staff${code}-ye`;
  if (!(await t.dataSource.getRepository(UserEntity).existsBy({ username }))) {
    await t.dataSource.getRepository(UserEntity).insert({
      username,
      fullName: `Cán bộ kiểm thử tỉnh ${province.name}`,
      passwordHash: await hashPassword(TEST_PASSWORD),
      roles: [Role.PROVINCE_STAFF],
      provinceId: province.id,
      clusterId: null,
    });
  }
  const login = await t.http().post('/api/v1/auth/login').send({ username, password: TEST_PASSWORD });
  if (login.status !== 200) throw new Error(`login of ${username} failed: ${login.status}`);
  const auth = `Bearer ${login.body.accessToken}`;
  const server = t.app.getHttpServer();
  return {
    get: (url: string) => request(server).get(url).set('Authorization', auth),
    post: (url: string) => request(server).post(url).set('Authorization', auth),
    put: (url: string) => request(server).put(url).set('Authorization', auth),
    patch: (url: string) => request(server).patch(url).set('Authorization', auth),
    delete: (url: string) => request(server).delete(url).set('Authorization', auth),
  } as Http;
}

/** A small sheet: two typed criteria in two groups, one bonus, one deduction. */
export const SHEET = {
  criteria: [
    { code: 'TC1', name: 'Công tác tuyên truyền, phát động thi đua', group: 'I. Công tác chỉ đạo', maxPoints: 20, method: 'MANUAL' },
    { code: 'TC2', name: 'Kết quả thực hiện nhiệm vụ chính trị', group: 'II. Kết quả', maxPoints: 30, method: 'MANUAL' },
  ],
  bonuses: [{ code: 'T1', name: 'Mô hình mới được nhân rộng', maxPoints: 5 }],
  deductions: [{ code: 'D1', name: 'Nộp báo cáo chậm', maxPoints: 3 }],
};

/** Builds a binary body (docx, xlsx) as a Buffer. */
export function binary(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
