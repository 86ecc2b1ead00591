// A real OpenID Connect provider (npm's oidc-provider) on a loopback port, for the browser test
// of the app's single sign-on. Its development login form accepts any login; the login is used
// as the account's e-mail (verified). Prints "ready" once listening.
//   OIDC_PORT=… OIDC_REDIRECT_URI=http://127.0.0.1:…/oauth2callback node provider.mjs
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PORT);
const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [{
    client_id: 'iep-guide',
    client_secret: 'iep-guide-test-secret',
    redirect_uris: [process.env.OIDC_REDIRECT_URI],
    grant_types: ['authorization_code'],
    response_types: ['code'],
  }],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  conformIdTokenClaims: false, // the e-mail goes in the ID token, which is what Streamlit reads
  findAccount: async (ctx, id) => ({
    accountId: id,
    claims: async () => ({ sub: id, email: id, email_verified: true, name: id }),
  }),
  pkce: { required: () => false },
  cookies: { keys: ['iep-guide-test-cookie-key'] },
});
provider.listen(port, '127.0.0.1', () => console.log('ready'));
