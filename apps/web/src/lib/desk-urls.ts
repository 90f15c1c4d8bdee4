// Where the desk's pages live.
export const reviewHref = (reportId: string) => `/desk/reports/${encodeURIComponent(reportId)}`;
