import type { TestApp } from './test-app';

export interface Person {
  id: string;
  email: string;
  password: string;
  token: string;
  /** The refresh cookie, `canopy_refresh=…`. */
  cookie: string;
}

let counter = 0;

export function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}.${Date.now().toString(36)}${counter}@example.org`;
}

export const PASSWORD = 'a long passphrase for health';

/** Registers, follows the e-mailed link (unless told not to) and signs in. */
export async function signUp(
  api: TestApp,
  label: string,
  options: { verify?: boolean; email?: string } = {},
): Promise<Person> {
  const email = options.email ?? uniqueEmail(label);
  const registered = await api.graphql<{ register: { id: string } }>(
    `mutation ($input: RegisterInput!) { register(input: $input) { id } }`,
    { input: { email, password: PASSWORD, displayName: label } },
    { ip: `198.51.100.${(counter % 250) + 1}` },
  );
  if (!registered.data) throw new Error(JSON.stringify(registered.errors));
  if (options.verify !== false) {
    const token = await api.mail.waitFor(email, /verify-email\?token=([\w-]+)/);
    const verified = await api.graphql(`mutation ($token: String!) { verifyEmail(token: $token) { id } }`, {
      token,
    });
    if (!verified.data) throw new Error(JSON.stringify(verified.errors));
  }
  return { ...(await signIn(api, email, PASSWORD)), id: registered.data.register.id };
}

export async function signIn(api: TestApp, email: string, password: string): Promise<Person> {
  const login = await api.graphql<{ login: { accessToken: string; user: { id: string } } }>(
    `mutation ($input: LoginInput!) { login(input: $input) { accessToken user { id } } }`,
    { input: { email, password } },
    { ip: `192.0.2.${(counter % 250) + 1}` },
  );
  if (!login.data) throw new Error(JSON.stringify(login.errors));
  const cookie = login.cookies.find((c) => c.startsWith('canopy_refresh=')) ?? '';
  return { id: login.data.login.user.id, email, password, token: login.data.login.accessToken, cookie };
}

export function errorCode(response: {
  errors?: { extensions?: Record<string, unknown> }[];
}): string | undefined {
  return response.errors?.[0]?.extensions?.['code'] as string | undefined;
}
