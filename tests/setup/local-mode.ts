// Integration tests call services and route handlers the way a local, single-user server runs them (CROSSCHECK_LOCAL,
// README): writes are attributed to LOCAL_ACTOR. The tests of sign-in, tokens and roles (tests/integration/auth-*)
// turn it off with requireSignIn() from tests/helpers/accounts.ts; browser tests sign in for real.
process.env.CROSSCHECK_LOCAL = "1";
