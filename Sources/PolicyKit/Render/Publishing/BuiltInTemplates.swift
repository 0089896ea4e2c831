/// The templates policylab ships. A knowledge base overrides one with a file of the same name
/// under `templates/` (e.g. `templates/summary.md.mustache`), or a command with `--template FILE`.
///
/// Markdown templates start with `{{% CONTENT_TYPE: MARKDOWN }}` so that `{{value}}` is escaped for
/// Markdown; `{{{value}}}` inserts a field that is already safe Markdown (record bodies, sanitised).
enum BuiltInTemplates {
    static let summary = """
        {{% CONTENT_TYPE: MARKDOWN }}
        {{{frontMatter}}}

        {{summary}}

        {{introduction}}{{#demonstratorNote}} {{demonstratorNote}}{{/demonstratorNote}}
        {{#challenge}}

        ## {{challengeHeading}}

        {{challenge}}
        {{/challenge}}
        {{#background}}
        {{^challenge}}

        ## {{challengeHeading}}
        {{/challenge}}

        {{{background}}}
        {{/background}}
        {{#hasMethods}}

        ## {{workHeading}}
        {{^empty(methods)}}

        {{methodsIntroduction}}

        {{/empty(methods)}}
        {{#methods}}
        - {{#url}}[{{title}}]({{{url}}}){{/url}}{{^url}}{{title}}{{/url}}: {{summary}}
        {{/methods}}
        {{#whatWeDid}}

        {{{whatWeDid}}}
        {{/whatWeDid}}
        {{/hasMethods}}
        {{#hasPeople}}

        ## {{peopleHeading}}
        {{^empty(people)}}

        {{/empty(people)}}
        {{#people}}
        - {{name}}{{#role}}, {{role}}{{/role}}
        {{/people}}
        {{^empty(partners)}}

        Partners: {{#partners}}{{.}}{{^last()}}; {{/last()}}{{/partners}}.
        {{/empty(partners)}}
        {{^empty(reached)}}

        {{reachedIntroduction}}

        {{/empty(reached)}}
        {{#reached}}
        - {{.}}
        {{/reached}}
        {{#whoTookPart}}

        {{{whoTookPart}}}
        {{/whoTookPart}}
        {{/hasPeople}}
        {{#hasProgress}}

        ## {{progressHeading}}
        {{^empty(milestones)}}

        {{/empty(milestones)}}
        {{#milestones}}
        - {{title}}: {{state}}.
        {{/milestones}}
        {{^empty(indicators)}}

        Key indicators, with their targets and the latest figures:

        {{/empty(indicators)}}
        {{#indicators}}
        - **{{title}}.**{{#target}} Target: {{target}}.{{/target}} {{#actual}}Latest figure: {{actual}}{{#actualOn}} (collected on {{actualOn}}){{/actualOn}}.{{/actual}}{{^actual}}No figure has been published yet.{{/actual}}
        {{/indicators}}
        {{/hasProgress}}
        {{#hasClaims}}

        ## {{claimsHeading}}

        {{#claims}}
        - {{statement}}{{#verifiedBy}} (confirmed by {{verifiedBy}}){{/verifiedBy}}{{#caveat}} (**{{caveat}}**){{/caveat}}
        {{/claims}}
        {{/hasClaims}}
        {{#hasLessons}}

        ## {{lessonsHeading}}

        {{#lessons}}
        - **{{#url}}[{{title}}]({{{url}}}){{/url}}{{^url}}{{title}}{{/url}}.** {{summary}}
        {{/lessons}}
        {{/hasLessons}}
        {{#hasEvidence}}

        ## Evidence

        {{#evidence}}
        - {{#url}}[{{title}}]({{{url}}}){{/url}}{{^url}}{{title}}{{/url}}: {{description}}.{{#summary}} {{summary}}{{/summary}}
        {{/evidence}}
        {{/hasEvidence}}
        {{#nextSteps}}

        ## Next steps

        {{{nextSteps}}}
        {{/nextSteps}}

        """

    static let digest = """
        {{% CONTENT_TYPE: MARKDOWN }}
        {{{frontMatter}}}

        {{introduction}}
        {{#isQuiet}}

        Nothing was started, delivered, verified or learned in this period.
        {{/isQuiet}}
        {{#hasProjects}}

        ## Projects
        {{^empty(projectsStarted)}}

        Started:

        {{/empty(projectsStarted)}}
        {{#projectsStarted}}
        - **{{title}}**, commissioned by {{commissioner}}: {{summary}}
        {{/projectsStarted}}
        {{^empty(projectsDelivered)}}

        Delivered:

        {{/empty(projectsDelivered)}}
        {{#projectsDelivered}}
        - **{{title}}**, commissioned by {{commissioner}}: {{summary}}
        {{/projectsDelivered}}
        {{^empty(milestones)}}

        Milestones reached:

        {{/empty(milestones)}}
        {{#milestones}}
        - {{project}}: {{title}}, on {{done}}
        {{/milestones}}
        {{/hasProjects}}
        {{^empty(verifiedClaims)}}

        ## Impact confirmed by the people it is about

        {{/empty(verifiedClaims)}}
        {{#verifiedClaims}}
        - {{statement}} ({{project}}{{#verifiedBy}}; confirmed by {{verifiedBy}}{{/verifiedBy}})
        {{/verifiedClaims}}
        {{#disputedNote}}

        {{disputedNote}}
        {{/disputedNote}}
        {{#hasLessons}}

        ## Lessons learned

        {{/hasLessons}}
        {{#newLessons}}
        - New: **{{#url}}[{{title}}]({{{url}}}){{/url}}{{^url}}{{title}}{{/url}}.** {{summary}}
        {{/newLessons}}
        {{#updatedLessons}}
        - Updated: **{{#url}}[{{title}}]({{{url}}}){{/url}}{{^url}}{{title}}{{/url}}.** {{summary}}
        {{/updatedLessons}}
        {{#hasMethods}}

        ## The toolkit

        {{/hasMethods}}
        {{#newMethods}}
        - New method: {{#url}}[{{title}}]({{{url}}}){{/url}}{{^url}}{{title}}{{/url}}: {{summary}}
        {{/newMethods}}
        {{#updatedMethods}}
        - Updated: {{#url}}[{{title}}]({{{url}}}){{/url}}{{^url}}{{title}}{{/url}}: {{summary}}
        {{/updatedMethods}}
        {{^empty(contributors)}}

        ## Thank you

        Thanks to everyone who contributed {{period}}: {{#contributors}}{{.}}{{^last()}}, {{/last()}}{{/contributors}}.
        {{/empty(contributors)}}

        """

    static let page = """
        <!DOCTYPE html>
        <html lang="{{language}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}}</title>
        <style>
        body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; font-size: 1.1875rem; line-height: 1.5; color: #0b0c0c; background: #fff; margin: 0; }
        main { max-width: 40rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
        a { color: #1d70b8; } a:visited { color: #4c2c92; }
        a:focus { outline: 3px solid transparent; background: #ffdd00; color: #0b0c0c; box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c; text-decoration: none; }
        .skip { position: absolute; left: -9999px; } .skip:focus { position: static; display: block; padding: 0.5rem 1.25rem; }
        </style>
        </head>
        <body>
        <a class="skip" href="#content">Skip to main content</a>
        <main id="content">
        <h1>{{title}}</h1>
        {{{content}}}
        </main>
        </body>
        </html>

        """
}
