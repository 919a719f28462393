import { baseUrl } from './browser';
import { waitForMail } from './mailbox';

/** Every person a browser test registers signs in with this password. */
export const PASSWORD = 'canopy tests under the canopy';
/** The screening criteria every new edition starts with. */
export const CRITERIA = ['importance', 'size', 'public_interest', 'feasibility'];

const VERIFY_LINK = /verify-email\?token=([\w-]+)/;

interface GraphqlAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Set-up goes straight to the API: the browser is kept for the journey under test. */
export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  /** The client address the API sees (it trusts a proxy on loopback), so rate limits count apart. */
  clientIp?: string,
): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(clientIp ? { 'x-forwarded-for': clientIp } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as GraphqlAnswer<T>;
  if (answer.errors?.length || !answer.data) throw new Error(JSON.stringify(answer.errors ?? answer));
  return answer.data;
}

/** A mutation that takes an `input`: the id of what it answers with (`__typename` where there is none). */
export async function act(
  mutation: string,
  inputType: string,
  input: Record<string, unknown>,
  token: string,
  selection = 'id',
): Promise<string> {
  const data = await graphql<Record<string, { id?: string }>>(
    `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { ${selection} } }`,
    { input },
    token,
  );
  return data[mutation]?.id ?? '';
}

/**
 * Registers, confirms the address from the e-mail and signs in: the access token. A journey that
 * registers many people gives a client address of its own, so the spec files running together stay
 * under the registration limit of one address.
 */
export async function person(email: string, displayName: string, clientIp?: string): Promise<string> {
  await graphql(
    `
      mutation ($input: RegisterInput!) {
        register(input: $input) {
          id
        }
      }
    `,
    { input: { email, displayName, password: PASSWORD } },
    undefined,
    clientIp,
  );
  const token = await waitForMail(email, VERIFY_LINK);
  await graphql(
    `
      mutation ($token: String!) {
        verifyEmail(token: $token) {
          id
        }
      }
    `,
    { token },
  );
  const { login } = await graphql<{ login: { accessToken: string } }>(
    `
      mutation ($input: LoginInput!) {
        login(input: $input) {
          accessToken
        }
      }
    `,
    { input: { email, password: PASSWORD } },
  );
  return login.accessToken;
}
