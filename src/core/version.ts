// The version the report, the summary and new issue markers carry; a test keeps it equal to
// package.json's (the bundles cannot read package.json at run time from every install).
export const VERSION = '0.2.0';
