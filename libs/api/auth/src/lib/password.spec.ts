import { generatePassword, hashPassword, verifyPassword } from './password';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('mật-khẩu đúng 2024');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'mật-khẩu đúng 2024')).toBe(true);
    expect(await verifyPassword(hash, 'mat-khau dung 2024')).toBe(false);
  });

  it('answers false, not an error, for a stored hash that is not one', async () => {
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
    expect(await verifyPassword('', '')).toBe(false);
  });

  it('generates printable passwords without look-alike characters, different each time', () => {
    const passwords = Array.from({ length: 50 }, () => generatePassword());
    for (const p of passwords) expect(p).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{16}$/);
    expect(new Set(passwords).size).toBe(50);
    expect(generatePassword(24)).toHaveLength(24);
  });
});
