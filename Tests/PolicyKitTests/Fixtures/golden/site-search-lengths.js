policylabSearch("lengths", [41,50,338,59]);
