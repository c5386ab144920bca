// Every test layer runs the matcher as the app and CLI do: with the word-vector table loaded and handed in.
import { configureMatcherOnce } from "../../server/match-config";

configureMatcherOnce();
