import { z } from "zod";
import { isIsoDate } from "./dates";

/** A real calendar day, YYYY-MM-DD: "2024-13-45" is refused rather than kept or shifted. */
export const isoDay = z.string().refine(isIsoDate, "the date must be a real day written YYYY-MM-DD");

/** Only web addresses: a javascript:, data: or file: link would become a live link on the article's page. */
export const webUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}, "the URL must be a web address starting with http:// or https://");
