import { Role } from '@tdkt/shared/contracts';
import { todayInVietnam } from '@tdkt/shared/util-text';
import { AuditService } from '@tdkt/api/access';
import { ClusterEntity, ReferenceLookupService, UserEntity } from '@tdkt/api/database';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AUTH_SETTINGS, AuthSettings } from './auth.settings';
import { generatePassword, hashPassword } from './password';

interface AccountPlan {
  username: string;
  fullName: string;
  roles: Role[];
  provinceCode?: string;
  clusterCode?: string;
}

/** Demo accounts for the TDMNPB demo dataset; provinces by their current (post-2025) codes. */
export const DEMO_ACCOUNTS: AccountPlan[] = [
  {
    username: 'cumtruong.tdmnpb',
    fullName: 'Hoàng Thị Thu Hà',
    roles: [Role.CLUSTER_CHAIR, Role.PROVINCE_STAFF],
    clusterCode: 'TDMNPB',
    provinceCode: '08',
  },
  { username: 'canbo.tuyenquang', fullName: 'Ma Văn Dũng', roles: [Role.PROVINCE_STAFF], provinceCode: '08' },
  { username: 'canbo.phutho', fullName: 'Bùi Thị Minh Phương', roles: [Role.PROVINCE_STAFF], provinceCode: '25' },
  { username: 'canbo.dienbien', fullName: 'Lò Văn Thắng', roles: [Role.PROVINCE_STAFF], provinceCode: '11' },
  { username: 'canbo.langson', fullName: 'Hoàng Thị Lan', roles: [Role.PROVINCE_STAFF], provinceCode: '20' },
  { username: 'thamdinh.trunguong', fullName: 'Nguyễn Quốc Bảo', roles: [Role.COUNCIL_REVIEWER] },
];

/**
 * On start, creates the `admin` account if it is missing (ADMIN_PASSWORD, or a random password printed once)
 * and, with the demo dataset, the demo accounts (DEMO_PASSWORD, or random printed passwords). Existing accounts are never touched.
 */
@Injectable()
export class AccountSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger('Accounts');

  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
    private readonly audit: AuditService,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const printed: string[] = [];
    const admin = await this.ensure(
      { username: 'admin', fullName: 'Quản trị hệ thống', roles: [Role.ADMIN] },
      this.settings.adminPassword,
      false,
    );
    if (admin) printed.push(admin);
    if (this.settings.demoAccounts) {
      for (const plan of DEMO_ACCOUNTS) {
        const line = await this.ensure(plan, this.settings.demoPassword, true);
        if (line) printed.push(line);
      }
    }
    if (printed.length) {
      // Printed once, at creation: the passwords are not stored anywhere in clear.
      process.stdout.write(
        `\nTài khoản mới tạo (mật khẩu chỉ hiện một lần; đổi trong mục Tài khoản):\n${printed.map((l) => `  ${l}`).join('\n')}\n\n`,
      );
    }
  }

  /** Creates one account if missing; answers the line to print (generated passwords only), or null. */
  private async ensure(plan: AccountPlan, fixedPassword: string | undefined, demo: boolean): Promise<string | null> {
    const users = this.dataSource.getRepository(UserEntity);
    if (await users.existsBy({ username: plan.username })) return null;
    const password = fixedPassword ?? generatePassword();
    const province = plan.provinceCode ? await this.reference.provinceOn(plan.provinceCode, todayInVietnam()) : null;
    const cluster = plan.clusterCode ? await this.dataSource.getRepository(ClusterEntity).findOneBy({ code: plan.clusterCode }) : null;
    if (plan.clusterCode && !cluster) {
      this.logger.warn(`Cluster ${plan.clusterCode} is missing; account ${plan.username} not created`);
      return null;
    }
    await this.dataSource.transaction(async (m) => {
      const user = await m.getRepository(UserEntity).save(
        m.getRepository(UserEntity).create({
          username: plan.username,
          fullName: plan.fullName,
          passwordHash: await hashPassword(password),
          roles: plan.roles,
          provinceId: province?.id ?? null,
          clusterId: cluster?.id ?? null,
          isDemo: demo,
        }),
      );
      const { passwordHash: _h, ...after } = user;
      await this.audit.record(m, null, { entity: 'user', entityId: user.id, action: 'CREATE', after });
    });
    const scope = [province ? `${province.name}` : '', cluster ? `cụm ${cluster.code}` : ''].filter(Boolean).join(', ');
    if (fixedPassword) {
      this.logger.log(`Account ${plan.username} created with the password from the environment`);
      return null;
    }
    return `${plan.username.padEnd(20)} ${password.padEnd(18)} ${plan.roles.join('+')}${scope ? ` — ${scope}` : ''}`;
  }
}
