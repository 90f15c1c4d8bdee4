// JSON-LD in a page: the ClaimReview itself comes from the API (Claim.claimReview, through the SDK's
// getClaimReview), one definition for the page and GET /claims/{id}/claimreview.json.

/**
 * JSON for a <script> element: `<`, `>` and `&` become \u escapes, so no text in the data can
 * close the script (`</script>`) or open a comment; U+2028/2029 are escaped for old parsers.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
