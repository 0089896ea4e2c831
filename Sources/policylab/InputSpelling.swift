import PolicyKit

/// How the command line spells each input the library names in its messages: options as
/// their flag, arguments as their value name.
enum InputSpelling {
    static func spelled(_ input: UsageInput) -> String {
        switch input {
        case .file: "--file"
        case .url: "--url"
        case .stakeholder: "--stakeholder"
        case .evidence: "--evidence"
        case .id: "--id"
        case .methods: "--method"
        case .related: "--related"
        case .projects: "--project"
        case .outcome: "--outcome"
        case .claim: "CLAIM"
        case .project: "PROJECT"
        case .title: "TITLE"
        case .milestone: "MILESTONE"
        case .status: "--status"
        case .phase: "--phase"
        case .level: "--level"
        case .tag: "--tag"
        case .baseURL: "--base-url"
        case .revision: "--rev"
        case .output: "--out"
        case .signingKey: "--signing-key"
        case .force: "--force"
        }
    }
}
