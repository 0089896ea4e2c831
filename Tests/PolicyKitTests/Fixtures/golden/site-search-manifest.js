/* The search index of this site, made by policylab site: the manifest of its shards. */
policylabSearch("index", {"version":2,"folder":"736fdeaec4a4d332","count":4,"keys":[""],"terms":[173]});
