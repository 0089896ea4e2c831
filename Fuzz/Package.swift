// swift-tools-version:6.0
// libFuzzer targets for every reader of untrusted bytes. Outside the main build and CI's test run:
// build and run them with `make fuzz` or `scripts/fuzz.sh TARGET SECONDS` (see the README's
// "Reliability" section). They reach internal API through `@testable import`, so the build passes
// `-enable-testing` (scripts/fuzz.sh does).
import Foundation
import PackageDescription

/// The main package is the folder above; SwiftPM names a path dependency after its folder.
let mainPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let targets = [
    "FuzzRecord", "FuzzKnowledgeBase", "FuzzMarkdown", "FuzzRender", "FuzzSearchIndex", "FuzzHistoryCache",
    "FuzzJournal", "FuzzReferenceIndex", "FuzzSSHSig", "FuzzSettings", "FuzzImportMap", "FuzzOGPTable", "FuzzRecordCache",
    "FuzzSiteState",
]

let package = Package(
    name: "policylab-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [.product(name: "PolicyKit", package: mainPackage), .product(name: "GitKit", package: mainPackage)]
        )
    ] + targets.map { name in
        .executableTarget(
            name: name,
            dependencies: ["FuzzSupport", .product(name: "PolicyKit", package: mainPackage), .product(name: "PolicySearch", package: mainPackage),
                           .product(name: "GitKit", package: mainPackage)]
        )
    },
    swiftLanguageModes: [.v6]
)
