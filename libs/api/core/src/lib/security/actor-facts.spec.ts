import { ActorFacts, ANONYMOUS, AssemblyRole, can, VerificationLevel } from '@canopy/domain';
import { ContributorEntry, LazyActorFacts } from './actor-facts';

describe('LazyActorFacts', () => {
  const principal = {
    userId: 'u1',
    sessionId: 's1',
    known: { verificationLevel: VerificationLevel.EMAIL_VERIFIED },
  };
  const setUp = () => {
    const asked: string[] = [];
    const entries: ContributorEntry[] = [
      {
        provides: ['platformAdmin', 'verificationLevel'],
        contribute: async (_, facts, from) => {
          asked.push('identity');
          Object.assign(facts, from?.known);
        },
      },
      {
        provides: ['assemblyRoles', 'secretariatCountries'],
        contribute: async (_, facts) => {
          asked.push('assemblies');
          facts.assemblyRoles = { a1: [AssemblyRole.MODERATOR] };
        },
      },
      {
        provides: null,
        contribute: async () => void asked.push('undeclared'),
      },
    ];
    const actor = new LazyActorFacts({ ...ANONYMOUS, userId: 'u1' } as ActorFacts, entries, principal);
    return { actor, asked };
  };

  it('asks a contributor only when a decision reads a fact it fills', async () => {
    const { actor, asked } = setUp();
    expect(await actor.decide((facts) => can(facts, 'consultation.vote'))).toBe(true);
    expect(asked.sort()).toEqual(['identity', 'undeclared']);
    expect(await actor.decide((facts) => can(facts, 'comment.moderate', { assemblyId: 'a1' }))).toBe(true);
    expect(asked.sort()).toEqual(['assemblies', 'identity', 'undeclared']);
  });

  it('reads one fact from its own contributor alone', async () => {
    const { actor, asked } = setUp();
    expect(await actor.read('verificationLevel')).toBe(VerificationLevel.EMAIL_VERIFIED);
    expect(asked.sort()).toEqual(['identity', 'undeclared']);
  });

  it('gathers everything for code that reads the facts itself, asking each contributor once', async () => {
    const { actor, asked } = setUp();
    const facts = await actor.all();
    await actor.all();
    expect(facts.assemblyRoles).toEqual({ a1: [AssemblyRole.MODERATOR] });
    expect(asked.sort()).toEqual(['assemblies', 'identity', 'undeclared']);
  });

  it('waits for a contributor another caller has started before reading what it fills', async () => {
    const { actor } = setUp();
    const everything = actor.all();
    expect(await actor.decide((facts) => can(facts, 'comment.moderate', { assemblyId: 'a1' }))).toBe(true);
    await everything;
  });

  it('asks no one for an anonymous actor', async () => {
    const asked: string[] = [];
    const actor = new LazyActorFacts(
      ANONYMOUS,
      [{ provides: null, contribute: async () => void asked.push('x') }],
      null,
    );
    expect(await actor.decide((facts) => can(facts, 'consultation.vote'))).toBe(false);
    expect(asked).toEqual([]);
  });
});
