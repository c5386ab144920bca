import { Command } from "commander";
import { runAnalyze } from "./analyze";
import { runImport } from "./import";
import { runMatch } from "./match";
import { runExport } from "./export";
import { runTokensCreate, runUsersAdd, runUsersList, runUsersRole } from "./accounts";
import { configureMatcherOnce } from "../server/match-config";

configureMatcherOnce();

const program = new Command()
  .name("crosscheck")
  .description("Compare what several outlets say about one story.")
  .showHelpAfterError();

program
  .command("analyze")
  .argument("<paths...>", "article files or folders")
  .option("--json", "print the analysis as one JSON document")
  .description("run the whole pipeline in memory, without the database")
  .action(runAnalyze);
program
  .command("import")
  .argument("[paths...]", "article files or folders")
  .option("--url <urls...>", "article pages to fetch (http or https; public addresses only)")
  .option("--feed <url>", "an RSS or Atom feed: lists its entries, or imports those named by --pick")
  .option("--pick <numbers>", "with --feed: the entries to import, e.g. 1,3-5, or all")
  .description("import articles into the database and re-analyse the story")
  .action(runImport);
program
  .command("match")
  .requiredOption("--pairs <file>", "lines of sentenceA<TAB>sentenceB")
  .description("decide for each pair of sentences whether they say the same thing")
  .action(runMatch);

program
  .command("export")
  .requiredOption("--story <id>", "the story, as the overview names it (s1, s2, ...)")
  .requiredOption("--format <format>", "csv, json or claimreview")
  .option("--out <file>", "write to this file instead of standard output")
  .description("export a stored story with the editors' reviews")
  .action(runExport);

const users = program.command("users").description("manage who may sign in, and with which role");
users
  .command("add")
  .argument("<name>", "the user name they sign in with")
  .requiredOption("--role <role>", "viewer, editor or admin")
  .description("create a user and print a generated password once")
  .action(runUsersAdd);
users.command("list").description("list users with their roles").action(runUsersList);
users
  .command("role")
  .argument("<name>", "the user")
  .argument("<role>", "viewer, editor or admin")
  .description("change a user's role")
  .action(runUsersRole);
program
  .command("tokens")
  .command("create")
  .argument("<user>", "the user the token acts as, with that user's role")
  .description("create an API token for scripts and print it once")
  .action(runTokensCreate);

program.parseAsync().catch((e: unknown) => {
  console.error(`crosscheck: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
