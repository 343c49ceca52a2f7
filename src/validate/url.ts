/** The relative link to a rule's docs page: `nd30/pl1/ngay-thang` → `docs/rules/nd30/pl1/ngay-thang.md`. */
export function ruleDocsUrl(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}
