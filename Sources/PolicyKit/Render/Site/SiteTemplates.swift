/// The Mustache templates of the static site. `{{value}}` is HTML-escaped; `{{{value}}}` inserts
/// HTML that policylab made safe itself (record bodies rendered by cmark-gfm with raw HTML shown
/// as text, and the content of a page inside the layout). `root` is the relative way back to the
/// site's root (`""` or `"../"`), so that every link works from `file://` and under any path.
enum SiteTemplates {
    static let layout = """
        <!DOCTYPE html>
        <html lang="{{language}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}}{{^isHome}} – {{siteName}}{{/isHome}}</title>
        {{#description}}
        <meta name="description" content="{{description}}">
        {{/description}}
        <link rel="stylesheet" href="{{root}}assets/site.css">
        <link rel="alternate" type="application/atom+xml" title="{{siteName}}: lessons and projects" href="{{root}}feed.xml">
        {{#alternates}}
        <link rel="alternate" hreflang="{{language}}" href="{{href}}">
        {{/alternates}}
        </head>
        <body>
        <a class="skip-link" href="#content">Skip to main content</a>
        <header class="site-header">
        <div class="wrap">
        <a class="site-name" href="{{root}}index.html">{{siteName}}</a>
        <nav aria-label="Main">
        <ul>
        {{#navigation}}
        <li><a href="{{root}}{{path}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>
        {{/navigation}}
        </ul>
        </nav>
        {{#hasAlternates}}
        <p class="language-switch">{{#alternates}}<a href="{{href}}" hreflang="{{language}}" lang="{{language}}">{{label}}</a>{{/alternates}}</p>
        {{/hasAlternates}}
        </div>
        </header>
        <main id="content" class="wrap" tabindex="-1">
        {{{content}}}
        </main>
        <footer class="site-footer">
        <div class="wrap">
        {{#editURL}}
        <p class="contribute"><a href="{{editURL}}">Suggest a change to this page</a>{{#issueURL}} or <a href="{{issueURL}}">report a problem</a>{{/issueURL}}.</p>
        {{/editURL}}
        {{^editURL}}
        {{#issueURL}}
        <p class="contribute"><a href="{{issueURL}}">Report a problem with this page</a>.</p>
        {{/issueURL}}
        {{/editURL}}
        <p>Published by {{siteName}} from its open knowledge base. <a href="{{root}}feed.xml">Feed of lessons and projects</a>.</p>
        </div>
        </footer>
        </body>
        </html>

        """

    static let home = """
        <h1>{{siteName}}</h1>
        <p class="lead">Open Policy Making: the methods of our toolkit, the projects that used them, and what we learned.</p>
        <form class="search-form" action="search.html" method="get" role="search">
        <label for="home-search">Search methods, projects and lessons</label>
        <div class="search-row"><input id="home-search" name="q" type="search"><button type="submit">Search</button></div>
        </form>
        <h2>Programme status</h2>
        <p>As of <time datetime="{{today}}">{{today}}</time>{{#commitment}}, for commitment {{commitment}}{{/commitment}}{{#period}}, running {{period}}{{/period}}.</p>
        <ul class="figures">
        <li><span class="figure">{{demonstrators}}</span> {{demonstratorsLabel}}</li>
        <li><span class="figure">{{milestonesDone}}</span> of {{milestonesTotal}} milestones done{{#milestonesNote}} ({{milestonesNote}}){{/milestonesNote}}</li>
        <li><span class="figure">{{claimsVerified}}</span> of {{claimsTotal}} impact claims verified by stakeholders</li>
        <li><span class="figure">{{lessonsPublished}}</span> lessons published</li>
        </ul>
        <h2>The toolkit</h2>
        <ul class="phases">
        {{#phases}}
        <li><a href="methods/index.html#{{id}}">{{name}}</a>: {{count}} methods</li>
        {{/phases}}
        </ul>
        {{#hasDemonstrators}}
        <h2>Demonstrator projects</h2>
        <ul class="records">
        {{#demonstratorProjects}}
        <li><a href="{{url}}">{{title}}</a> <span class="tag">{{note}}</span><br>{{summary}}</li>
        {{/demonstratorProjects}}
        </ul>
        {{/hasDemonstrators}}
        {{#hasLessons}}
        <h2>Latest lessons</h2>
        <ul class="records">
        {{#latestLessons}}
        <li><a href="{{url}}">{{title}}</a> <span class="meta">{{note}}</span><br>{{summary}}</li>
        {{/latestLessons}}
        </ul>
        <p><a href="lessons/index.html">All lessons</a></p>
        {{/hasLessons}}

        """

    static let toolkit = """
        <h1>The Open Policy Making toolkit</h1>
        <p class="lead">Methods for each phase of policy making, with the projects that used them and what we learned.</p>
        <nav aria-label="Phases">
        <ul class="inline">
        {{#phases}}
        <li><a href="#{{id}}">{{name}}</a></li>
        {{/phases}}
        </ul>
        </nav>
        {{#phases}}
        <h2 id="{{id}}">{{name}}</h2>
        <p>{{description}}</p>
        {{#hasMethods}}
        <ul class="records">
        {{#methods}}
        <li><a href="{{url}}">{{title}}</a><br>{{summary}}</li>
        {{/methods}}
        </ul>
        {{/hasMethods}}
        {{^hasMethods}}
        <p>No method for this phase yet.</p>
        {{/hasMethods}}
        {{/phases}}
        {{#hasRetired}}
        <h2 id="retired">Retired methods</h2>
        <ul class="records">
        {{#retired}}
        <li><a href="{{url}}">{{title}}</a><br>{{summary}}</li>
        {{/retired}}
        </ul>
        {{/hasRetired}}

        """

    static let method = """
        <p class="caption">Method{{#retired}}, retired{{/retired}}</p>
        <h1>{{title}}</h1>
        <p class="lead">{{summary}}</p>
        {{#retired}}
        <div class="notice"><p>This method is no longer recommended.{{#hasReplacements}} Use instead: {{#replacements}}<a href="{{url}}">{{title}}</a>{{^last()}}, {{/last()}}{{/replacements}}.{{/hasReplacements}}</p></div>
        {{/retired}}
        <dl class="facts">
        <dt>Phases</dt><dd>{{phases}}</dd>
        {{#timeNeeded}}<dt>Time needed</dt><dd>{{timeNeeded}}</dd>{{/timeNeeded}}
        {{#participants}}<dt>Participants</dt><dd>{{participants}}</dd>{{/participants}}
        {{#cost}}<dt>Cost</dt><dd>{{cost}}</dd>{{/cost}}
        {{#level}}<dt>Participation (IAP2)</dt><dd>{{level}}</dd>{{/level}}
        {{#updated}}<dt>Updated</dt><dd><time datetime="{{updated}}">{{updated}}</time></dd>{{/updated}}
        </dl>
        {{{body}}}
        <h2>Projects that used it</h2>
        {{#hasProjects}}
        <ul class="records">
        {{#projects}}
        <li><a href="{{url}}">{{title}}</a><br>{{summary}}</li>
        {{/projects}}
        </ul>
        {{/hasProjects}}
        {{^hasProjects}}
        <p>No project in this knowledge base has used it yet.</p>
        {{/hasProjects}}
        {{#hasLessons}}
        <h2>What we learned</h2>
        <ul class="records">
        {{#lessons}}
        <li><a href="{{url}}">{{title}}</a><br>{{summary}}</li>
        {{/lessons}}
        </ul>
        {{/hasLessons}}
        {{#hasRelated}}
        <h2>Related methods</h2>
        <ul>
        {{#related}}
        <li><a href="{{url}}">{{title}}</a></li>
        {{/related}}
        </ul>
        {{/hasRelated}}
        {{#hasSources}}
        <h2>Sources</h2>
        <ul>
        {{#sources}}
        <li>{{#url}}<a href="{{url}}">{{title}}</a>{{/url}}{{^url}}{{title}}{{/url}}</li>
        {{/sources}}
        </ul>
        {{/hasSources}}

        """

    static let project = """
        <p class="caption">{{caption}}</p>
        <h1>{{title}}</h1>
        {{{article}}}

        """

    static let projects = """
        <h1>Projects</h1>
        <p class="lead">The demonstrators and other projects of the Policy Lab, with the impact their stakeholders verified.</p>
        {{#groups}}
        <h2>{{name}}</h2>
        <ul class="records">
        {{#projects}}
        <li><a href="{{url}}">{{title}}</a> <span class="tag">{{note}}</span><br>{{summary}}</li>
        {{/projects}}
        </ul>
        {{/groups}}

        """

    static let lesson = """
        <p class="caption">Lesson{{#date}}, <time datetime="{{date}}">{{date}}</time>{{/date}}</p>
        <h1>{{title}}</h1>
        <p class="lead">{{summary}}</p>
        {{{body}}}
        {{#hasLinks}}
        <h2>Where it comes from</h2>
        <ul>
        {{#projects}}
        <li>Project: {{#url}}<a href="{{url}}">{{title}}</a>{{/url}}{{^url}}{{title}}{{/url}}</li>
        {{/projects}}
        {{#methods}}
        <li>Method: {{#url}}<a href="{{url}}">{{title}}</a>{{/url}}{{^url}}{{title}}{{/url}}</li>
        {{/methods}}
        </ul>
        {{/hasLinks}}
        {{#hasSources}}
        <h2>Sources</h2>
        <ul>
        {{#sources}}
        <li>{{#url}}<a href="{{url}}">{{title}}</a>{{/url}}{{^url}}{{title}}{{/url}}</li>
        {{/sources}}
        </ul>
        {{/hasSources}}

        """

    static let lessons = """
        <h1>Lessons</h1>
        <p class="lead">What the Policy Lab learned from its projects and methods, newest first.</p>
        <ul class="records">
        {{#lessons}}
        <li><a href="{{url}}">{{title}}</a> <span class="meta">{{note}}</span><br>{{summary}}</li>
        {{/lessons}}
        </ul>

        """

    static let search = """
        <h1>Search</h1>
        <form id="search-form" class="search-form" action="search.html" method="get" role="search">
        <label for="search-query">Search methods, projects and lessons</label>
        <div class="search-row"><input id="search-query" name="q" type="search"><button type="submit">Search</button></div>
        </form>
        <div id="search-results" aria-live="polite"></div>
        <noscript><p>Search needs JavaScript. You can still browse <a href="methods/index.html">the toolkit</a>, <a href="projects/index.html">the projects</a> and <a href="lessons/index.html">the lessons</a>.</p></noscript>
        <script src="assets/search-index.js"></script>
        <script src="assets/search.js"></script>

        """

    static let feed = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"{{#base}} xml:base="{{base}}"{{/base}}>
        <title>{{siteName}}: lessons and projects</title>
        <id>{{id}}</id>
        <updated>{{updated}}</updated>
        <author><name>{{siteName}}</name></author>
        {{#selfURL}}
        <link rel="self" href="{{selfURL}}"/>
        {{/selfURL}}
        <link rel="alternate" type="text/html" href="{{homeURL}}"/>
        {{#entries}}
        <entry>
        <title>{{title}}</title>
        <id>{{id}}</id>
        <link rel="alternate" type="text/html" href="{{url}}"/>
        <updated>{{updated}}</updated>
        <category term="{{category}}"/>
        <summary>{{summary}}</summary>
        </entry>
        {{/entries}}
        </feed>

        """

    static let sitemap = """
        <?xml version="1.0" encoding="utf-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        {{#urls}}
        <url><loc>{{.}}</loc></url>
        {{/urls}}
        </urlset>

        """
}
