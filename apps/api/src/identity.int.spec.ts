import { errorCode, PASSWORD, signIn, signUp, uniqueEmail } from './testing/people';
import { startTestApp, TestApp } from './testing/test-app';

const ME = `{ me { id displayName email verificationLevel isPlatformAdmin } }`;

describe('accounts and sessions', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ adminEmails: ['chair@example.org'] });
  });

  afterAll(() => api?.close());

  it('registers, verifies the e-mail from a real message, and signs in', async () => {
    const email = uniqueEmail('somchai');
    const registered = await api.graphql(
      `mutation ($input: RegisterInput!) { register(input: $input) { id verificationLevel } }`,
      { input: { email: email.toUpperCase(), password: PASSWORD, displayName: 'Somchai' } },
    );
    expect(registered.data).toMatchObject({ register: { verificationLevel: 'NONE' } });
    const token = await api.mail.waitFor(email, /http:\/\/canopy\.test\/verify-email\?token=([\w-]+)/);
    const verified = await api.graphql(
      `mutation ($t: String!) { verifyEmail(token: $t) { verificationLevel } }`,
      { t: token },
    );
    expect(verified.data).toEqual({ verifyEmail: { verificationLevel: 'EMAIL_VERIFIED' } });
    const reused = await api.graphql(`mutation ($t: String!) { verifyEmail(token: $t) { id } }`, {
      t: token,
    });
    expect(reused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });

    const login = await api.graphql(
      `mutation ($input: LoginInput!) { login(input: $input) { user { email demographics { ageBand } } } }`,
      { input: { email, password: PASSWORD } },
    );
    // The answer to a login is the person's own, so it shows their private fields.
    expect(login.data).toEqual({ login: { user: { email, demographics: null } } });

    const person = await signIn(api, email, PASSWORD);
    const me = await api.graphql(ME, {}, { token: person.token });
    expect(me.data).toMatchObject({ me: { email, displayName: 'Somchai', isPlatformAdmin: false } });
    expect((await api.graphql(ME)).data).toEqual({ me: null });
  });

  it('refuses a second account for the same address, a weak password and a malformed address, changing nothing', async () => {
    const person = await signUp(api, 'malee');
    const before = await api.dataSource.query(`SELECT count(*)::int AS n FROM users`);
    const register = (input: Record<string, string>) =>
      api.graphql(`mutation ($input: RegisterInput!) { register(input: $input) { id } }`, { input });
    const duplicate = await register({ email: person.email, password: PASSWORD, displayName: 'Again' });
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
    const weak = await register({ email: uniqueEmail('weak'), password: 'short', displayName: 'Weak' });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    const malformed = await register({ email: 'not-an-address', password: PASSWORD, displayName: 'X' });
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM users`)).toEqual(before);
  });

  it('says the same for a wrong password and an unknown address, and records the failures', async () => {
    const person = await signUp(api, 'narong');
    const login = (email: string, password: string) =>
      api.graphql(`mutation ($i: LoginInput!) { login(input: $i) { accessToken } }`, {
        i: { email, password },
      });
    const wrong = await login(person.email, 'a wrong passphrase, long');
    const unknown = await login(uniqueEmail('nobody'), PASSWORD);
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'E-mail or password is wrong',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM security_events WHERE kind = 'login_failed' AND subject = $1`,
      [person.email],
    );
    expect(n).toBe(1);
  });

  it('throttles brute force on one account with a clear retry time', async () => {
    const person = await signUp(api, 'target');
    const attempts = [];
    for (let i = 0; i < 12; i++) {
      attempts.push(
        await api.graphql(`mutation ($i: LoginInput!) { login(input: $i) { accessToken } }`, {
          i: { email: person.email, password: `wrong passphrase number ${i}` },
        }),
      );
    }
    const limited = attempts.at(-1)!;
    expect(errorCode(limited)).toBe('TOO_MANY_REQUESTS');
    expect(limited.errors?.[0].extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    const rightPassword = await api.graphql(
      `mutation ($i: LoginInput!) { login(input: $i) { accessToken } }`,
      {
        i: { email: person.email, password: PASSWORD },
      },
    );
    expect(errorCode(rightPassword)).toBe('TOO_MANY_REQUESTS');
  });

  it('limits the accounts one address registers per hour, as configured', async () => {
    const forum = await startTestApp({ env: { REGISTRATIONS_PER_ADDRESS_PER_HOUR: '2' } });
    try {
      const register = (label: string) =>
        forum.graphql(
          `mutation ($input: RegisterInput!) { register(input: $input) { id } }`,
          { input: { email: uniqueEmail(label), password: PASSWORD, displayName: label } },
          { ip: '203.0.113.7' },
        );
      expect((await register('first')).errors).toBeUndefined();
      expect((await register('second')).errors).toBeUndefined();
      const third = await register('third');
      expect(errorCode(third)).toBe('TOO_MANY_REQUESTS');
      // Another address is counted apart.
      const elsewhere = await forum.graphql(
        `mutation ($input: RegisterInput!) { register(input: $input) { id } }`,
        { input: { email: uniqueEmail('elsewhere'), password: PASSWORD, displayName: 'elsewhere' } },
        { ip: '203.0.113.8' },
      );
      expect(elsewhere.errors).toBeUndefined();
    } finally {
      await forum.close();
    }
  });

  it('rotates refresh tokens, and a replayed one ends the whole session', async () => {
    const person = await signUp(api, 'rotation');
    const refresh = (cookie: string) =>
      api.graphql<{ refreshSession: { accessToken: string } }>(
        `mutation { refreshSession { accessToken } }`,
        {},
        { cookie },
      );
    const first = await refresh(person.cookie);
    expect(first.data?.refreshSession.accessToken).toBeTruthy();
    const rotatedCookie = first.cookies.find((c) => c.startsWith('canopy_refresh='))!;
    expect(rotatedCookie).not.toBe(person.cookie);

    const replay = await refresh(person.cookie);
    expect(errorCode(replay)).toBe('UNAUTHENTICATED');
    expect(errorCode(await refresh(rotatedCookie))).toBe('UNAUTHENTICATED');
    const me = await api.graphql(ME, {}, { token: first.data!.refreshSession.accessToken });
    expect(me.data).toEqual({ me: null });
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM security_events WHERE kind = 'refresh_token_reused' AND actor_id = $1`,
      [person.id],
    );
    expect(n).toBe(1);
  });

  it('refuses a cookie-carrying request that a browser could send cross-site without a preflight', async () => {
    const person = await signUp(api, 'csrf');
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: person.cookie },
      body: JSON.stringify({ query: 'mutation { refreshSession { accessToken } }' }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('ends sessions on logout, on logout everywhere, and on a password change', async () => {
    const person = await signUp(api, 'sessions');
    const other = await signIn(api, person.email, PASSWORD);
    await api.graphql(`mutation { logout }`, {}, { token: person.token });
    expect((await api.graphql(ME, {}, { token: person.token })).data).toEqual({ me: null });
    expect((await api.graphql(ME, {}, { token: other.token })).data?.['me']).not.toBeNull();

    await api.graphql(`mutation { logoutEverywhere }`, {}, { token: other.token });
    expect((await api.graphql(ME, {}, { token: other.token })).data).toEqual({ me: null });

    const a = await signIn(api, person.email, PASSWORD);
    const b = await signIn(api, person.email, PASSWORD);
    const newPassword = 'an even longer passphrase for health';
    const changed = await api.graphql<{ changePassword: { accessToken: string } }>(
      `mutation ($i: ChangePasswordInput!) { changePassword(input: $i) { accessToken } }`,
      { i: { currentPassword: PASSWORD, newPassword } },
      { token: a.token },
    );
    expect((await api.graphql(ME, {}, { token: a.token })).data).toEqual({ me: null });
    expect((await api.graphql(ME, {}, { token: b.token })).data).toEqual({ me: null });
    const fresh = changed.data!.changePassword.accessToken;
    expect((await api.graphql(ME, {}, { token: fresh })).data?.['me']).toMatchObject({ id: person.id });
  });

  it('resets a forgotten password by e-mail without telling whether an address exists', async () => {
    const person = await signUp(api, 'forgetful');
    const ask = (email: string) =>
      api.graphql(`mutation ($e: String!) { requestPasswordReset(email: $e) }`, { e: email });
    expect((await ask(uniqueEmail('stranger'))).data).toEqual({ requestPasswordReset: true });
    expect((await ask(person.email)).data).toEqual({ requestPasswordReset: true });
    const token = await api.mail.waitFor(person.email, /reset-password\?token=([\w-]+)/);
    const newPassword = 'a brand new passphrase today';
    const reset = await api.graphql(`mutation ($i: ResetPasswordInput!) { resetPassword(input: $i) }`, {
      i: { token, password: newPassword },
    });
    expect(reset.data).toEqual({ resetPassword: true });
    expect((await api.graphql(ME, {}, { token: person.token })).data).toEqual({ me: null });
    await expect(signIn(api, person.email, newPassword)).resolves.toMatchObject({ id: person.id });
  });

  it('keeps the self-description private and apart, exports it, and erases it on deletion', async () => {
    const person = await signUp(api, 'describes');
    const stranger = await signUp(api, 'stranger');
    const [{ id: songkhla }] = await api.dataSource.query(`SELECT id FROM jurisdictions WHERE iso2 = 'TH'`);
    const recorded = await api.graphql(
      `mutation ($i: DemographicsInput!) { recordDemographics(input: $i) { ageBand gender residence { iso2 } } }`,
      { i: { ageBand: 'FROM_25_TO_34', gender: 'WOMAN', residenceJurisdictionId: songkhla } },
      { token: person.token },
    );
    expect(recorded.data).toEqual({
      recordDemographics: { ageBand: 'FROM_25_TO_34', gender: 'WOMAN', residence: { iso2: 'TH' } },
    });
    const me = await api.graphql(
      `{ me { verificationLevel demographics { ageBand } } }`,
      {},
      { token: person.token },
    );
    expect(me.data).toEqual({
      me: { verificationLevel: 'RESIDENCE_DECLARED', demographics: { ageBand: 'FROM_25_TO_34' } },
    });

    const exported = await api.graphql<{ exportMyData: string }>(
      `mutation { exportMyData }`,
      {},
      { token: person.token },
    );
    expect(JSON.parse(exported.data!.exportMyData)).toMatchObject({
      account: { email: person.email },
      demographics: { ageBand: 'FROM_25_TO_34', gender: 'WOMAN' },
    });
    const audit = await api.dataSource.query(`SELECT details::text FROM audit_entries WHERE entity_id = $1`, [
      person.id,
    ]);
    expect(JSON.stringify(audit)).not.toContain('WOMAN');

    const refused = await api.graphql(
      `mutation ($i: DeleteAccountInput!) { deleteAccount(input: $i) }`,
      { i: { password: 'not my password at all' } },
      { token: person.token },
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    const deleted = await api.graphql(
      `mutation ($i: DeleteAccountInput!) { deleteAccount(input: $i) }`,
      { i: { password: PASSWORD } },
      { token: person.token },
    );
    expect(deleted.data).toEqual({ deleteAccount: true });
    expect((await api.graphql(ME, {}, { token: person.token })).data).toEqual({ me: null });
    const [row] = await api.dataSource.query(
      `SELECT email, display_name, password_hash FROM users WHERE id = $1`,
      [person.id],
    );
    expect(row).toEqual({ email: null, display_name: 'A former member', password_hash: null });
    expect(
      await api.dataSource.query(`SELECT * FROM user_demographics WHERE user_id = $1`, [person.id]),
    ).toEqual([]);
    expect(
      errorCode(
        await api.graphql(`mutation ($i: LoginInput!) { login(input: $i) { accessToken } }`, {
          i: { email: person.email, password: PASSWORD },
        }),
      ),
    ).toBe('UNAUTHENTICATED');
    expect(stranger.id).not.toBe(person.id);
  });

  it('makes the addresses named in CANOPY_ADMIN_EMAILS platform admins once verified', async () => {
    const chair = await signUp(api, 'chair', { email: 'chair@example.org' });
    expect((await api.graphql(ME, {}, { token: chair.token })).data).toMatchObject({
      me: { isPlatformAdmin: true },
    });
  });

  it('records every account change in the audit chain, and the chain verifies', async () => {
    const rows: { action: string }[] = await api.dataSource.query(
      `SELECT DISTINCT action FROM audit_entries`,
    );
    expect(rows.map((row) => row.action)).toEqual(
      expect.arrayContaining([
        'user.register',
        'user.verify_email',
        'user.change_password',
        'user.reset_password',
        'user.delete',
      ]),
    );
  });
});
