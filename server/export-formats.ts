export const EXPORT_FORMATS = ["csv", "json", "claimreview"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
