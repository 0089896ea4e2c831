/* The search index of this site, made by policylab site: the manifest of its shards. */
policylabSearch("index", {"version":2,"folder":"c7888ba6ad4046de","count":4,"keys":[""],"terms":[173]});
