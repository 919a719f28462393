import { SecurityRegistry } from './security-registry';

describe('SecurityRegistry.expand', () => {
  it('follows what ids imply, and refuses an id that cannot be one without asking for it', async () => {
    const registry = new SecurityRegistry();
    const asked: string[] = [];
    registry.addResourceExpander('proposalId', async (id) => {
      asked.push(id);
      return { organizationId: 'org', editionId: '7a1c2b3d-0000-4000-8000-000000000001' };
    });
    registry.addResourceExpander('editionId', async () => ({ assemblyId: 'assembly' }));
    await expect(
      registry.expand({ proposalId: '7a1c2b3d-0000-4000-8000-000000000000' }),
    ).resolves.toMatchObject({
      organizationId: 'org',
      assemblyId: 'assembly',
    });
    await expect(registry.expand({ proposalId: '⌗' })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'proposalId' },
    });
    expect(asked).toEqual(['7a1c2b3d-0000-4000-8000-000000000000']);
  });
});
